package hms.appointments.control;

import hms.tenancy.entity.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The times a clinician can still be booked on one day: the day's working intervals (in the
 * hospital's time zone, so a DST change moves them with the wall clock) minus the clinician's
 * bookings and the past. Each free gap is cut into back-to-back slots from its beginning.
 */
public final class FreeSlots {
  /** A bookable [start, end). */
  public record Slot(Instant start, Instant end) {}

  /** A taken [start, end). */
  public record Busy(Instant start, Instant end) {}

  /** Slots in the past start no earlier than now, rounded up to this many minutes. */
  static final int ROUND_TO_MINUTES = 5;

  private FreeSlots() {}

  /** Where the day begins and ends in the zone, for the query of its bookings. */
  public static Instant dayStart(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).toInstant();
  }

  public static Instant dayEnd(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public static List<Slot> on(
      LocalDate date,
      ZoneId zone,
      WeeklyHours hours,
      List<Busy> busy,
      Duration length,
      Instant now) {
    List<Busy> sorted = busy.stream().sorted(Comparator.comparing(Busy::start)).toList();
    Instant earliest = roundUp(now);
    List<Slot> slots = new ArrayList<>();
    for (WeeklyHours.Interval open : hours.on(date.getDayOfWeek())) {
      Instant from = ZonedDateTime.of(date, open.opens(), zone).toInstant();
      Instant to = ZonedDateTime.of(date, open.closes(), zone).toInstant();
      Instant gapStart = from.isBefore(earliest) ? earliest : from;
      for (Busy b : sorted) {
        if (!b.end().isAfter(gapStart) || !b.start().isBefore(to)) {
          continue;
        }
        cut(gapStart, b.start(), length, slots);
        gapStart = b.end();
      }
      cut(gapStart, to, length, slots);
    }
    return slots;
  }

  private static void cut(Instant from, Instant to, Duration length, List<Slot> into) {
    for (Instant s = from; !s.plus(length).isAfter(to); s = s.plus(length)) {
      into.add(new Slot(s, s.plus(length)));
    }
  }

  private static Instant roundUp(Instant now) {
    long step = ROUND_TO_MINUTES * 60L;
    long seconds = now.getEpochSecond() + (now.getNano() > 0 ? 1 : 0);
    return Instant.ofEpochSecond((seconds + step - 1) / step * step);
  }
}
