package hms.patients.boundary;

import hms.patients.control.PatientRepository;
import java.util.UUID;

/** Who a patient is, as lists of other features name them: no clinical data. */
public record PatientLabel(UUID id, String mrn, String givenName, String familyName) {

  /** The name as people read it: given name, then family name. */
  public String displayName() {
    return givenName + " " + familyName;
  }

  static PatientLabel of(PatientRepository.Label l) {
    return new PatientLabel(l.id(), l.mrn(), l.givenName(), l.familyName());
  }
}
