package hms.records.boundary;

import hms.records.boundary.RecordsService.DraftView;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.RecordType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's unsigned drafts, named by its patient so that a list needs no more calls. */
@Schema(name = "DraftRecord")
public record DraftRecord(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID patientId,
    @Schema(
            required = true,
            description = "Given name, then family name.",
            example = "Ada Lovelace")
        String patientName,
    @Schema(required = true, example = "P-000123") String patientMrn,
    UUID appointmentId,
    @Schema(required = true) RecordType type,
    @Schema(required = true) String chiefComplaint,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true, description = "When the draft was last saved.") Instant updatedAt) {

  static DraftRecord of(DraftView view) {
    ClinicalRecord r = view.record();
    return new DraftRecord(
        r.id(),
        r.patientId(),
        view.patient().displayName(),
        view.patient().mrn(),
        r.appointmentId().orElse(null),
        r.type(),
        r.chiefComplaint(),
        r.createdAt(),
        r.updatedAt());
  }
}
