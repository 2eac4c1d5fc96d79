package hms.appointments.entity;

import static hms.appointments.entity.AppointmentStatus.CANCELLED;
import static hms.appointments.entity.AppointmentStatus.CHECKED_IN;
import static hms.appointments.entity.AppointmentStatus.COMPLETED;
import static hms.appointments.entity.AppointmentStatus.CONFIRMED;
import static hms.appointments.entity.AppointmentStatus.IN_PROGRESS;
import static hms.appointments.entity.AppointmentStatus.NO_SHOW;
import static hms.appointments.entity.AppointmentStatus.SCHEDULED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentStatusTest {
  private static final Instant AT = Instant.parse("2029-12-01T08:00:00Z");

  /** The workflow, written out: every pair not listed is refused. */
  private static final Map<AppointmentStatus, Set<AppointmentStatus>> ALLOWED =
      Map.of(
          SCHEDULED, EnumSet.of(CONFIRMED, CANCELLED, NO_SHOW),
          CONFIRMED, EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW),
          CHECKED_IN, EnumSet.of(IN_PROGRESS),
          IN_PROGRESS, EnumSet.of(COMPLETED),
          COMPLETED, EnumSet.noneOf(AppointmentStatus.class),
          CANCELLED, EnumSet.noneOf(AppointmentStatus.class),
          NO_SHOW, EnumSet.noneOf(AppointmentStatus.class));

  @Test
  void everyPairIsAllowedOrRefusedAsTheWorkflowSays() {
    for (AppointmentStatus from : AppointmentStatus.values()) {
      for (AppointmentStatus to : AppointmentStatus.values()) {
        assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
      }
    }
  }

  @Test
  void onlyAnAppointmentNotYetBegunMoves() {
    for (AppointmentStatus status : AppointmentStatus.values()) {
      assertEquals(
          status == SCHEDULED || status == CONFIRMED, status.reschedulable(), status.name());
    }
  }

  @Test
  void cancellingNeedsItsOwnMethodAndKeepsTheReason() {
    Appointment a = booked();
    assertFalse(a.moveTo(CANCELLED, "desk", AT), "cancel only with a reason");
    assertTrue(a.cancel("Patient called", "desk", AT));
    assertEquals(CANCELLED, a.status());
    assertEquals("Patient called", a.cancellationReason().orElseThrow());
    assertFalse(a.cancel("again", "desk", AT));
    assertFalse(a.reschedule(Instant.parse("2030-01-01T10:00:00Z"), 30, "desk", AT));
  }

  @Test
  void reschedulingNeedsConfirmingAgain() {
    Appointment a = booked();
    assertTrue(a.moveTo(CONFIRMED, "desk", AT));
    assertTrue(a.reschedule(Instant.parse("2030-01-02T10:00:00Z"), 45, "desk", AT));
    assertEquals(SCHEDULED, a.status());
    assertEquals(45, a.minutes());
    assertEquals(Instant.parse("2030-01-02T10:45:00Z"), a.end());
  }

  @Test
  void recordsTheTimesItIsGiven() {
    Appointment a = booked();
    assertEquals(AT, a.createdAt());
    assertEquals(AT, a.updatedAt());
    Instant later = AT.plusSeconds(90);
    assertTrue(a.moveTo(CONFIRMED, "desk", later));
    assertEquals(AT, a.createdAt());
    assertEquals(later, a.updatedAt());
    assertFalse(a.moveTo(COMPLETED, "desk", later.plusSeconds(60)), "refused");
    assertEquals(later, a.updatedAt(), "a refused move changes nothing");
  }

  @Test
  void checkInKeepsTheTimeOfArrivalThroughLaterSteps() {
    Appointment a = booked();
    assertTrue(a.checkedInAt().isEmpty(), "not arrived");
    assertTrue(a.moveTo(CONFIRMED, "desk", AT.plusSeconds(60)));
    assertTrue(a.checkedInAt().isEmpty(), "confirming is not arriving");
    Instant arrived = AT.plusSeconds(3600).plusNanos(947_687_910);
    // To the microsecond, as the database keeps it: the answer and every later read agree.
    Instant kept = AT.plusSeconds(3600).plusNanos(947_687_000);
    assertFalse(a.moveTo(IN_PROGRESS, "doc", arrived), "refused");
    assertTrue(a.checkedInAt().isEmpty(), "a refused move records no arrival");
    assertTrue(a.moveTo(CHECKED_IN, "desk", arrived));
    assertEquals(kept, a.checkedInAt().orElseThrow());
    assertTrue(a.moveTo(IN_PROGRESS, "doc", arrived.plusSeconds(900)));
    assertTrue(a.moveTo(COMPLETED, "doc", arrived.plusSeconds(1800)));
    assertEquals(kept, a.checkedInAt().orElseThrow(), "later steps keep the arrival");
  }

  private static Appointment booked() {
    return new Appointment(
        UUID.randomUUID(),
        "doc",
        Instant.parse("2030-01-01T09:00:00Z"),
        30,
        AppointmentType.CHECKUP,
        null,
        "desk",
        AT);
  }
}
