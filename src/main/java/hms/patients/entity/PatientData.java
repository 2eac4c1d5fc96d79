package hms.patients.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a patient that staff write. Demographic fields are for front desks as well;
 * {@link #clinical()} fields (blood type, allergies, notes) are for clinical roles only.
 */
public record PatientData(
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    Sex sex,
    String phone,
    String email,
    String addressLine1,
    String addressLine2,
    String city,
    String region,
    String postalCode,
    String country,
    String emergencyName,
    String emergencyRelation,
    String emergencyPhone,
    PatientStatus status,
    Clinical clinical) {

  /** The clinical part; null when a request carries none. */
  public record Clinical(String bloodType, List<String> allergies, String notes) {
    public boolean isEmpty() {
      return bloodType == null && (allergies == null || allergies.isEmpty()) && notes == null;
    }
  }
}
