package hms.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
  @Test
  void theDefaultIsMondayToFridayEightToFive() {
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekday = day.getValue() <= 5;
      assertEquals(
          weekday
              ? List.of(new WeeklyHours.Interval(day, LocalTime.of(8, 0), LocalTime.of(17, 0)))
              : List.of(),
          WeeklyHours.DEFAULT.on(day),
          day.name());
    }
  }

  @Test
  void textRoundTripsWithSplitDays() {
    String text = "MON 08:00-12:00 13:00-17:30;SAT 09:15-12:00";
    WeeklyHours hours = WeeklyHours.parse(text);
    assertEquals(text, hours.toString());
    assertEquals(2, hours.on(DayOfWeek.MONDAY).size());
    assertEquals(hours, WeeklyHours.of(hours.intervals()));
  }

  @Test
  void intervalsAreSortedWithinTheDay() {
    assertEquals(
        "TUE 08:00-12:00 13:00-17:00", WeeklyHours.parse("TUE 13:00-17:00 08:00-12:00").toString());
  }

  @Test
  void refusesWhatIsNotAWorkingDay() {
    for (String bad :
        List.of(
            "MON 17:00-08:00",
            "MON 08:00-08:00",
            "MON 08:00-12:00 11:00-13:00",
            "MON 08:00-09:00 10:00-11:00 12:00-13:00 14:00-15:00 16:00-17:00",
            "XYZ 08:00-09:00",
            "MON 8-9",
            "MON 08:00-24:00")) {
      assertThrows(IllegalArgumentException.class, () -> WeeklyHours.parse(bad), bad);
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WeeklyHours.Interval(DayOfWeek.MONDAY, LocalTime.of(8, 0, 30), LocalTime.of(9, 0)));
  }

  @Test
  void namesEveryIntervalThatMakesNoWeekByItsPlaceInTheList() {
    List<WeeklyHours.Given> given =
        List.of(
            given(DayOfWeek.MONDAY, "08:00", "17:00"),
            given(DayOfWeek.MONDAY, "09:00", "10:00"),
            given(DayOfWeek.TUESDAY, "12:00", "11:00"),
            given(DayOfWeek.MONDAY, "11:00", "12:00"),
            given(DayOfWeek.MONDAY, "17:00", "18:00"),
            given(DayOfWeek.MONDAY, "18:00", "19:00"),
            given(DayOfWeek.WEDNESDAY, "08:00", "09:00"));
    assertEquals(
        List.of(
            new WeeklyHours.Flaw(
                1, "opens", "overlaps the interval before on MONDAY (08:00-17:00)"),
            new WeeklyHours.Flaw(2, "closes", "must be after opens"),
            new WeeklyHours.Flaw(
                3, "opens", "overlaps the interval before on MONDAY (08:00-17:00)"),
            new WeeklyHours.Flaw(5, null, "is one too many on MONDAY: at most 4 intervals a day")),
        WeeklyHours.flaws(given));
    assertEquals(List.of(), WeeklyHours.flaws(List.of(given(DayOfWeek.MONDAY, "08:00", "17:00"))));
  }

  private static WeeklyHours.Given given(DayOfWeek day, String opens, String closes) {
    return new WeeklyHours.Given(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  @Test
  void anEmptyWeekIsClosedEveryDay() {
    assertEquals("", WeeklyHours.of(List.of()).toString());
    assertEquals(List.of(), WeeklyHours.parse("").intervals());
  }
}
