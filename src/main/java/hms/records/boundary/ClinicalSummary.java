package hms.records.boundary;

import hms.records.boundary.RecordRequest.VitalsBody;
import hms.records.control.SignedParts.SignedDiagnosis;
import hms.records.control.SignedParts.SignedPrescription;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.RecordStatus;
import hms.records.entity.Route;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a patient's records say now: the clinical sections of the patient's summary. Diagnoses and
 * prescriptions count once a doctor signed them; vitals are facts when measured, so a draft's count
 * too and say so.
 */
@Schema(
    name = "ClinicalSummary",
    description = "The clinical sections of a patient's summary, derived from the records.")
public record ClinicalSummary(
    @Schema(
            required = true,
            description =
                "Every ICD-10 code of the patient's FINAL (signed) records, once, with the wording"
                    + " and record of its latest signing, latest first. Drafts do not count until"
                    + " signed. Records have no resolution of a diagnosis yet, so none leaves the"
                    + " list.")
        List<ActiveDiagnosis> activeDiagnoses,
    @Schema(
            required = true,
            description =
                "The prescriptions of FINAL records whose course is running: it starts when its"
                    + " record is signed and ends durationDays later (endsAt), after the summary's"
                    + " asOf. Latest signed first.")
        List<CurrentPrescription> currentPrescriptions,
    @Schema(
            description =
                "The vital signs of the patient's newest record that has any, DRAFT or FINAL"
                    + " (recordStatus says which); left out when no record has vitals.")
        LastVitals lastVitals,
    @Schema(
            required = true,
            description = "The patient's newest records, DRAFT or FINAL, newest first (at most 5).")
        List<RecordSummary> recentRecords) {

  /** How many of the newest records the summary lists. */
  static final int RECENT_RECORDS = 5;

  /** A diagnosis on the patient's active list. */
  @Schema(name = "ActiveDiagnosis")
  public record ActiveDiagnosis(
      @Schema(required = true, example = "J45.901") String code,
      @Schema(required = true) String description,
      @Schema(required = true, description = "The latest signed record that names it.")
          UUID recordId,
      @Schema(required = true, description = "When that record was signed.") Instant signedAt) {}

  /** A prescription whose course is running. */
  @Schema(name = "CurrentPrescription")
  public record CurrentPrescription(
      @Schema(required = true) String medication,
      @Schema(required = true) String dose,
      @Schema(required = true) Route route,
      @Schema(required = true) String frequency,
      @Schema(required = true) int durationDays,
      @Schema(required = true) UUID recordId,
      @Schema(required = true, description = "When its record was signed: the course's start.")
          Instant signedAt,
      @Schema(required = true, description = "signedAt plus durationDays.") Instant endsAt) {}

  /** The latest vital signs and where they were written. */
  @Schema(name = "LastVitals")
  public record LastVitals(
      @Schema(required = true) UUID recordId,
      @Schema(required = true) RecordStatus recordStatus,
      @Schema(
              required = true,
              description = "When the record was begun, the closest to when they were taken.")
          Instant recordedAt,
      @Schema(required = true) VitalsBody vitals) {}

  static ClinicalSummary of(
      List<SignedDiagnosis> diagnoses,
      List<SignedPrescription> prescriptions,
      ClinicalRecord withVitals,
      List<ClinicalRecord> recent,
      Instant now) {
    return new ClinicalSummary(
        active(diagnoses),
        prescriptions.stream()
            .filter(p -> p.endsAt().isAfter(now))
            .map(ClinicalSummary::current)
            .toList(),
        withVitals == null
            ? null
            : new LastVitals(
                withVitals.id(),
                withVitals.status(),
                withVitals.createdAt(),
                VitalsBody.of(withVitals.vitals())),
        recent.stream().map(RecordSummary::of).toList());
  }

  /** Each code once, from its latest signing: the rows come latest first. */
  static List<ActiveDiagnosis> active(List<SignedDiagnosis> latestFirst) {
    Set<String> seen = new HashSet<>();
    return latestFirst.stream()
        .filter(d -> seen.add(d.code()))
        .map(d -> new ActiveDiagnosis(d.code(), d.description(), d.recordId(), d.signedAt()))
        .toList();
  }

  private static CurrentPrescription current(SignedPrescription p) {
    var o = p.order();
    return new CurrentPrescription(
        o.medication(),
        o.dose(),
        o.route(),
        o.frequency(),
        o.durationDays(),
        p.recordId(),
        p.signedAt(),
        p.endsAt());
  }
}
