package hms.patients.boundary;

import hms.patients.entity.Patient;
import java.util.UUID;

/** Who a patient is, as lists of other features name them: no clinical data. */
public record PatientLabel(UUID id, String mrn, String givenName, String familyName) {

  /** The name as people read it: given name, then family name. */
  public String displayName() {
    return givenName + " " + familyName;
  }

  static PatientLabel of(Patient p) {
    return new PatientLabel(p.id(), p.mrn(), p.data().givenName(), p.data().familyName());
  }
}
