package hms.records.boundary;

import hms.problems.boundary.Patterns;
import hms.problems.boundary.VisibleText;
import hms.problems.entity.ProblemException;
import hms.records.entity.Diagnosis;
import hms.records.entity.Prescription;
import hms.records.entity.RecordContent;
import hms.records.entity.RecordType;
import hms.records.entity.Route;
import hms.records.entity.Vitals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's content as a writer sends it, to create a draft or to replace a draft's content. */
@Schema(name = "RecordRequest")
public record RecordRequest(
    @Schema(format = "uuid", description = "One of the patient's appointments; create only.")
        @Pattern(regexp = Patterns.UUID)
        String appointmentId,
    @Schema(required = true) @NotNull RecordType type,
    @Schema(required = true, maxLength = 500) @NotBlank @VisibleText @Size(max = 500)
        String chiefComplaint,
    @Schema(maxLength = 8000) @Size(max = 8000) String subjective,
    @Schema(maxLength = 8000) @Size(max = 8000) String objective,
    @Schema(maxLength = 8000) @Size(max = 8000) String assessment,
    @Schema(maxLength = 8000) @Size(max = 8000) String plan,
    @Valid VitalsBody vitals,
    @Size(max = 20) List<@Valid @NotNull DiagnosisBody> diagnoses,
    @Size(max = 30) List<@Valid @NotNull PrescriptionBody> prescriptions) {

  /** Vital signs, each optional, each within what a living patient can show. */
  @Schema(name = "Vitals")
  public record VitalsBody(
      @Schema(minimum = "20", maximum = "272", example = "172.5")
          @DecimalMin("20")
          @DecimalMax("272")
          @Digits(integer = 3, fraction = 1)
          BigDecimal heightCm,
      @Schema(minimum = "0.2", maximum = "650", example = "70.25")
          @DecimalMin("0.2")
          @DecimalMax("650")
          @Digits(integer = 3, fraction = 2)
          BigDecimal weightKg,
      @Schema(minimum = "25", maximum = "45", example = "37.2")
          @DecimalMin("25")
          @DecimalMax("45")
          @Digits(integer = 2, fraction = 1)
          BigDecimal temperatureC,
      @Schema(minimum = "20", maximum = "300", example = "72") @Min(20) @Max(300) Integer pulse,
      @Schema(minimum = "40", maximum = "300", example = "120") @Min(40) @Max(300) Integer systolic,
      @Schema(minimum = "20", maximum = "200", description = "Below systolic.", example = "80")
          @Min(20)
          @Max(200)
          Integer diastolic,
      @Schema(minimum = "4", maximum = "80", example = "16") @Min(4) @Max(80)
          Integer respiratoryRate,
      @Schema(minimum = "50", maximum = "100", example = "98") @Min(50) @Max(100) Integer spo2) {

    Vitals toVitals() {
      return new Vitals(
          heightCm, weightKg, temperatureC, pulse, systolic, diastolic, respiratoryRate, spo2);
    }

    static VitalsBody of(Vitals v) {
      return v == null
          ? null
          : new VitalsBody(
              v.heightCm(),
              v.weightKg(),
              v.temperatureC(),
              v.pulse(),
              v.systolic(),
              v.diastolic(),
              v.respiratoryRate(),
              v.spo2());
    }
  }

  /** A diagnosis: an ICD-10 code (its form is checked) and its wording. */
  @Schema(name = "Diagnosis")
  public record DiagnosisBody(
      @Schema(required = true, example = "J45.901", pattern = Diagnosis.ICD10)
          @NotNull
          @Pattern(regexp = Diagnosis.ICD10, message = "must be an ICD-10 code such as J45.901")
          String code,
      @Schema(required = true, maxLength = 500) @NotBlank @VisibleText @Size(max = 500)
          String description) {}

  /** A prescribed medication. */
  @Schema(name = "Prescription")
  public record PrescriptionBody(
      @Schema(required = true, maxLength = 200, example = "Amoxicillin")
          @NotBlank
          @VisibleText
          @Size(max = 200)
          String medication,
      @Schema(required = true, maxLength = 100, example = "500 mg")
          @NotBlank
          @VisibleText
          @Size(max = 100)
          String dose,
      @Schema(required = true) @NotNull Route route,
      @Schema(required = true, maxLength = 100, example = "3 times daily")
          @NotBlank
          @VisibleText
          @Size(max = 100)
          String frequency,
      @Schema(required = true, minimum = "1", maximum = "365", example = "7")
          @NotNull
          @Min(1)
          @Max(365)
          Integer durationDays) {

    Prescription.Order toOrder() {
      return new Prescription.Order(
          medication.strip(), dose.strip(), route, frequency.strip(), durationDays);
    }

    static PrescriptionBody of(Prescription.Order o) {
      return new PrescriptionBody(
          o.medication(), o.dose(), o.route(), o.frequency(), o.durationDays());
    }
  }

  UUID appointment() {
    return appointmentId == null ? null : UUID.fromString(appointmentId);
  }

  /** The content; a diastolic at or above the systolic is refused like a field out of range. */
  RecordContent toContent() {
    if (vitals != null
        && vitals.systolic() != null
        && vitals.diastolic() != null
        && vitals.diastolic() >= vitals.systolic()) {
      throw ProblemException.invalid("vitals.diastolic", "must be below the systolic pressure");
    }
    return new RecordContent(
        type,
        chiefComplaint.strip(),
        subjective,
        objective,
        assessment,
        plan,
        vitals == null ? null : vitals.toVitals(),
        diagnoses == null
            ? List.of()
            : diagnoses.stream()
                .map(d -> new RecordContent.Coded(d.code(), d.description().strip()))
                .toList(),
        prescriptions == null
            ? List.of()
            : prescriptions.stream().map(PrescriptionBody::toOrder).toList());
  }
}
