package hms.appointments.boundary;

import hms.problems.entity.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times as the scheduling API takes them: ISO-8601, with an offset, never a guessed zone. */
final class Times {
  private Times() {}

  static Instant instant(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          field, "must be an ISO-8601 date-time with an offset, e.g. 2026-12-01T09:30:00+01:00");
    }
  }

  static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "must be an ISO-8601 date, e.g. 2026-12-01");
    }
  }
}
