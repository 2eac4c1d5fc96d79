package hms.records.boundary;

import hms.records.entity.ClinicalRecord;
import hms.records.entity.RecordStatus;
import hms.records.entity.RecordType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record in a patient's list: enough to choose one, without its children (one query a page). */
@Schema(name = "RecordSummary")
public record RecordSummary(
    @Schema(required = true) UUID id,
    UUID appointmentId,
    @Schema(required = true) RecordType type,
    @Schema(required = true) RecordStatus status,
    @Schema(required = true) String chiefComplaint,
    @Schema(required = true) String authorSub,
    @Schema(required = true) Instant createdAt,
    Instant finalizedAt) {

  static RecordSummary of(ClinicalRecord r) {
    return new RecordSummary(
        r.id(),
        r.appointmentId().orElse(null),
        r.type(),
        r.status(),
        r.chiefComplaint(),
        r.authorSub(),
        r.createdAt(),
        r.finalizedAt().orElse(null));
  }
}
