package hms.appointments.boundary;

import hms.problems.entity.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Times as the scheduling API takes them: ISO-8601, with an offset, never a guessed zone; in the
 * years 1 to 9999, as in the rest of the API (ISO-8601's expanded years, such as +10000 or
 * -999999999, are refused naming the field: no hospital's calendar, nor PostgreSQL, holds them).
 */
final class Times {
  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  private Times() {}

  static Instant instant(String field, String text) {
    try {
      OffsetDateTime time = OffsetDateTime.parse(text);
      if (time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR) {
        return time.toInstant();
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw ProblemException.invalid(
        field,
        "must be an ISO-8601 date-time with an offset in the years 1 to 9999, e.g."
            + " 2026-12-01T09:30:00+01:00");
  }

  static LocalDate date(String field, String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw ProblemException.invalid(
        field, "must be an ISO-8601 date in the years 1 to 9999, e.g. 2026-12-01");
  }
}
