package hms.patients.boundary;

import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the patient is, as a banner shows them; allergies only for roles that see clinical data. */
@Schema(name = "PatientIdentity")
public record PatientIdentity(
    @Schema(required = true, format = "uuid") UUID id,
    @Schema(required = true, example = "P-000123") String mrn,
    @Schema(required = true) String givenName,
    @Schema(required = true) String familyName,
    @Schema(required = true, format = "date") LocalDate dateOfBirth,
    @Schema(required = true) Sex sex,
    @Schema(required = true) PatientStatus status,
    @Schema(
            description =
                "Known allergies (empty: none recorded); left out for roles that may not see"
                    + " clinical fields (RECEPTIONIST).")
        List<String> allergies) {

  static PatientIdentity of(Patient p, boolean withClinical) {
    PatientData d = p.data();
    return new PatientIdentity(
        p.id(),
        p.mrn(),
        d.givenName(),
        d.familyName(),
        d.dateOfBirth(),
        d.sex(),
        p.status(),
        withClinical ? d.clinical().allergies() : null);
  }
}
