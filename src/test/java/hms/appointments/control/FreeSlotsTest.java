package hms.appointments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.appointments.control.FreeSlots.Busy;
import hms.appointments.control.FreeSlots.Slot;
import hms.tenancy.entity.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private static final WeeklyHours NINE_TO_ELEVEN = WeeklyHours.parse("MON 09:00-11:00");

  @Test
  void cutsAnEmptyDayIntoBackToBackSlots() {
    List<Slot> slots =
        FreeSlots.on(MONDAY, ZoneOffset.UTC, NINE_TO_ELEVEN, List.of(), minutes(30), LONG_AGO);
    assertEquals(
        List.of("09:00", "09:30", "10:00", "10:30"),
        slots.stream().map(s -> s.start().toString().substring(11, 16)).toList());
    assertEquals(at("2026-12-07T11:00:00Z"), slots.get(3).end());
  }

  @Test
  void leavesOutBookingsAndContinuesWhereTheyEnd() {
    List<Busy> busy = List.of(new Busy(at("2026-12-07T09:20:00Z"), at("2026-12-07T09:40:00Z")));
    List<Slot> slots =
        FreeSlots.on(MONDAY, ZoneOffset.UTC, NINE_TO_ELEVEN, busy, minutes(30), LONG_AGO);
    assertEquals(
        List.of("09:40", "10:10"),
        slots.stream().map(s -> s.start().toString().substring(11, 16)).toList(),
        "09:00-09:20 is too short; then 09:40 on");
  }

  @Test
  void aBookingAcrossTheOpeningOrClosingShortensTheDay() {
    List<Busy> busy =
        List.of(
            new Busy(at("2026-12-07T08:00:00Z"), at("2026-12-07T09:30:00Z")),
            new Busy(at("2026-12-07T10:30:00Z"), at("2026-12-07T12:00:00Z")));
    List<Slot> slots =
        FreeSlots.on(MONDAY, ZoneOffset.UTC, NINE_TO_ELEVEN, busy, minutes(30), LONG_AGO);
    assertEquals(List.of(at("2026-12-07T09:30:00Z"), at("2026-12-07T10:00:00Z")), starts(slots));
  }

  @Test
  void workingHoursAreTheHospitalsWallClock() {
    // 09:00-11:00 in Kolkata (+05:30) is 03:30-05:30 UTC.
    List<Slot> slots =
        FreeSlots.on(
            MONDAY, ZoneId.of("Asia/Kolkata"), NINE_TO_ELEVEN, List.of(), minutes(60), LONG_AGO);
    assertEquals(List.of(at("2026-12-07T03:30:00Z"), at("2026-12-07T04:30:00Z")), starts(slots));
  }

  @Test
  void followsTheWallClockAcrossADaylightSavingChange() {
    LocalDate summer = LocalDate.of(2026, 6, 1);
    LocalDate winter = LocalDate.of(2026, 12, 7);
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WeeklyHours hours = WeeklyHours.parse("MON 09:00-10:00");
    assertEquals(
        List.of(at("2026-06-01T07:00:00Z")),
        starts(FreeSlots.on(summer, berlin, hours, List.of(), minutes(60), LONG_AGO)));
    assertEquals(
        List.of(at("2026-12-07T08:00:00Z")),
        starts(FreeSlots.on(winter, berlin, hours, List.of(), minutes(60), LONG_AGO)));
  }

  @Test
  void offersNothingInThePastAndStartsTodayAtTheNextFiveMinutes() {
    Instant now = at("2026-12-07T09:41:10Z");
    List<Slot> slots =
        FreeSlots.on(MONDAY, ZoneOffset.UTC, NINE_TO_ELEVEN, List.of(), minutes(30), now);
    assertEquals(List.of(at("2026-12-07T09:45:00Z"), at("2026-12-07T10:15:00Z")), starts(slots));
  }

  @Test
  void aClosedDayHasNoSlots() {
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    assertEquals(
        List.of(),
        FreeSlots.on(
            sunday, ZoneOffset.UTC, WeeklyHours.DEFAULT, List.of(), minutes(15), LONG_AGO));
  }

  @Test
  void theDayIsTheHospitalsCalendarDay() {
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    assertEquals(at("2026-12-06T11:00:00Z"), FreeSlots.dayStart(MONDAY, auckland));
    assertEquals(at("2026-12-07T11:00:00Z"), FreeSlots.dayEnd(MONDAY, auckland));
  }

  private static List<Instant> starts(List<Slot> slots) {
    return slots.stream().map(Slot::start).toList();
  }

  private static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
