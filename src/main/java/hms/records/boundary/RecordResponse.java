package hms.records.boundary;

import hms.records.boundary.RecordRequest.DiagnosisBody;
import hms.records.boundary.RecordRequest.PrescriptionBody;
import hms.records.boundary.RecordRequest.VitalsBody;
import hms.records.boundary.RecordsService.RecordView;
import hms.records.entity.Amendment;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.RecordContent;
import hms.records.entity.RecordStatus;
import hms.records.entity.RecordType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinical record with its amendments and attachments. */
@Schema(name = "Record")
public record RecordResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID patientId,
    UUID appointmentId,
    @Schema(required = true) RecordType type,
    @Schema(required = true) RecordStatus status,
    @Schema(required = true) String chiefComplaint,
    String subjective,
    String objective,
    String assessment,
    String plan,
    VitalsBody vitals,
    @Schema(required = true) List<DiagnosisBody> diagnoses,
    @Schema(required = true) List<PrescriptionBody> prescriptions,
    @Schema(required = true) List<AmendmentResponse> amendments,
    @Schema(required = true) List<Attachment> attachments,
    @Schema(required = true) String authorSub,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) String updatedBy,
    Instant finalizedAt,
    String finalizedBy,
    @Schema(required = true) long version) {

  /** A file attached to the record; its content comes from the files API's download URL. */
  @Schema(name = "RecordAttachment")
  public record Attachment(
      @Schema(required = true) UUID fileId,
      @Schema(required = true) String filename,
      @Schema(required = true) String contentType,
      @Schema(required = true) long size) {}

  static RecordResponse of(RecordView view) {
    ClinicalRecord r = view.record();
    RecordContent c = view.content();
    return new RecordResponse(
        r.id(),
        r.patientId(),
        r.appointmentId().orElse(null),
        c.type(),
        r.status(),
        c.chiefComplaint(),
        c.subjective(),
        c.objective(),
        c.assessment(),
        c.plan(),
        VitalsBody.of(c.vitals()),
        c.diagnoses().stream().map(d -> new DiagnosisBody(d.code(), d.description())).toList(),
        c.prescriptions().stream().map(PrescriptionBody::of).toList(),
        view.amendments().stream().map(AmendmentResponse::of).toList(),
        view.attachments().stream()
            .map(f -> new Attachment(f.id(), f.filename(), f.contentType(), f.size()))
            .toList(),
        r.authorSub(),
        r.createdAt(),
        r.updatedAt(),
        r.updatedBy(),
        r.finalizedAt().orElse(null),
        r.finalizedBy().orElse(null),
        r.version());
  }

  /** An amendment as shown with its record. */
  @Schema(name = "Amendment")
  public record AmendmentResponse(
      @Schema(required = true) UUID id,
      @Schema(required = true) String reason,
      @Schema(required = true) String text,
      @Schema(required = true) String authorSub,
      @Schema(required = true) Instant createdAt) {

    static AmendmentResponse of(Amendment a) {
      return new AmendmentResponse(a.id(), a.reason(), a.text(), a.authorSub(), a.createdAt());
    }
  }
}
