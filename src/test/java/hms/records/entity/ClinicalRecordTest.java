package hms.records.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A record's times are the ones its service's clock gives it, to the microsecond. */
class ClinicalRecordTest {
  private static final Instant WRITTEN = Instant.parse("2026-03-29T00:59:59.123456Z");

  private Clock clock = Clock.fixed(WRITTEN, ZoneOffset.UTC);

  @Test
  void recordsWhenItWasWrittenEditedAndSigned() {
    ClinicalRecord record = new ClinicalRecord(UUID.randomUUID(), null, content(), "nurse", now());
    assertEquals(WRITTEN, record.createdAt());
    assertEquals(WRITTEN, record.updatedAt());
    assertEquals(Optional.empty(), record.finalizedAt());

    advance(Duration.ofMinutes(5));
    record.edit(content(), "nurse", now());
    assertEquals(WRITTEN, record.createdAt());
    assertEquals(WRITTEN.plus(Duration.ofMinutes(5)), record.updatedAt());

    advance(Duration.ofHours(2));
    record.finalizeBy("doctor", now());
    Instant signed = WRITTEN.plus(Duration.ofMinutes(125));
    assertEquals(Optional.of(signed), record.finalizedAt());
    assertEquals(signed, record.updatedAt());
    assertEquals("doctor", record.updatedBy());
  }

  @Test
  void aFinalRecordKeepsItsTimesAndTakesAmendmentsAtTheirOwn() {
    ClinicalRecord record = new ClinicalRecord(UUID.randomUUID(), null, content(), "doc", now());
    record.finalizeBy("doc", now());
    advance(Duration.ofDays(1));
    assertThrows(IllegalStateException.class, () -> record.edit(content(), "doc", now()));
    assertThrows(IllegalStateException.class, () -> record.finalizeBy("doc", now()));
    assertEquals(WRITTEN, record.updatedAt());

    Amendment amendment = new Amendment(record, "typo", "left, not right", "doc", now());
    assertEquals(WRITTEN.plus(Duration.ofDays(1)), amendment.createdAt());
  }

  private Instant now() {
    return clock.instant();
  }

  private void advance(Duration duration) {
    clock = Clock.offset(clock, duration);
  }

  private static RecordContent content() {
    return new RecordContent(
        RecordType.CONSULTATION, "Cough", null, null, null, null, null, List.of(), List.of());
  }
}
