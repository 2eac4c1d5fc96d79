package hms.audit.boundary;

import hms.problems.entity.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} of the trails' lists: an instant with its offset (Z or +05:45, as
 * everywhere in the API), checked twice.
 */
final class Instants {
  static final String MESSAGE =
      "must be an instant with its offset such as 2026-01-31T08:00:00Z or"
          + " 2026-01-31T13:45:00+05:45";
  static final String PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";

  private Instants() {}

  /** The pattern lets through impossible dates (month 13, February 30th): refused here. */
  static Instant parse(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, MESSAGE);
    }
  }
}
