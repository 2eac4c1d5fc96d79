package hms.appointments.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands. The workflow runs SCHEDULED, CONFIRMED, CHECKED_IN, IN_PROGRESS,
 * COMPLETED; before the patient arrives it can end CANCELLED or NO_SHOW. No other move exists.
 */
public enum AppointmentStatus {
  SCHEDULED,
  CONFIRMED,
  CHECKED_IN,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  /** The statuses this one may move to. */
  public Set<AppointmentStatus> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(CONFIRMED, CANCELLED, NO_SHOW);
      case CONFIRMED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
      case CHECKED_IN -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(COMPLETED);
      case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(AppointmentStatus.class);
    };
  }

  public boolean canMoveTo(AppointmentStatus target) {
    return next().contains(target);
  }

  /** Whether the booked time can still move: only before the patient has arrived. */
  public boolean reschedulable() {
    return this == SCHEDULED || this == CONFIRMED;
  }
}
