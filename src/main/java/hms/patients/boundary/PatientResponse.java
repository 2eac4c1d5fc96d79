package hms.patients.boundary;

import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient as staff see them; clinical fields are left out for roles that may not see them. */
@Schema(name = "Patient")
public record PatientResponse(
    @Schema(required = true, format = "uuid") UUID id,
    @Schema(required = true, example = "P-000123") String mrn,
    @Schema(required = true) String givenName,
    @Schema(required = true) String familyName,
    @Schema(required = true, format = "date") LocalDate dateOfBirth,
    @Schema(required = true) Sex sex,
    String phone,
    String email,
    PatientRequest.Address address,
    String bloodType,
    List<String> allergies,
    PatientRequest.EmergencyContact emergencyContact,
    String notes,
    @Schema(required = true) PatientStatus status,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) String createdBy,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) String updatedBy,
    @Schema(required = true) long version) {

  static PatientResponse of(Patient p, boolean withClinical) {
    PatientData d = p.data();
    PatientData.Clinical c =
        withClinical ? d.clinical() : new PatientData.Clinical(null, null, null);
    return new PatientResponse(
        p.id(),
        p.mrn(),
        d.givenName(),
        d.familyName(),
        d.dateOfBirth(),
        d.sex(),
        d.phone(),
        d.email(),
        new PatientRequest.Address(
            d.addressLine1(), d.addressLine2(), d.city(), d.region(), d.postalCode(), d.country()),
        c.bloodType(),
        c.allergies(),
        new PatientRequest.EmergencyContact(
            d.emergencyName(), d.emergencyRelation(), d.emergencyPhone()),
        c.notes(),
        d.status(),
        p.createdAt(),
        p.createdBy(),
        p.updatedAt(),
        p.updatedBy(),
        p.version());
  }

  /**
   * The id and version alone: equal patients' are equal, as the contract asks. JSON-B's recursion
   * check keeps every object it writes in a HashSet, which hashed all fields, nested ones included,
   * twice per patient written.
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(id) + Long.hashCode(version);
  }
}
