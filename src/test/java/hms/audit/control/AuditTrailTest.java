package hms.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.access.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");

  private final AuditTrail trail = new AuditTrail(null, null, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void stampsEventsWithTheInjectedClock() {
    AuditTrail.Actor actor = new AuditTrail.Actor("sub", "DOCTOR", "req-1", "10.0.0.1");
    AuditEvent event =
        trail.event(
            actor, AuditAction.READ, null, new AuditTrail.Act(AuditAction.READ, "patient", "p-1"));
    assertEquals(NOW, event.at());
    assertEquals("SUCCESS", event.outcome());
  }

  @Test
  void aResourceIdLongerThanAUuidNamesNoResource() {
    AuditTrail.Actor actor = new AuditTrail.Actor("sub", "DOCTOR", "req-1", null);
    String tooLong = "x".repeat(AuditTrail.MAX_RESOURCE_ID + 1);
    AuditEvent event =
        trail.event(
            actor,
            AuditAction.DENIED,
            AuditAction.UPDATE,
            new AuditTrail.Act(AuditAction.UPDATE, "patient", tooLong));
    assertEquals(NOW, event.at());
    assertEquals(null, event.resourceId());
    assertEquals("DENIED", event.outcome());
  }
}
