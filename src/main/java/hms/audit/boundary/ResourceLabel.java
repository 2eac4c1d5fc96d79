package hms.audit.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * How the audit trail names one resource: a text (a patient's "name · MRN", a member's name), the
 * patient it belongs to, what it is (an appointment's or record's type) and its time (an
 * appointment's start, a record's creation). Only the text is always there.
 */
public record ResourceLabel(String text, UUID patientId, String kind, Instant at) {

  /** The label on one line, as the CSV export writes it: times in ISO-8601 UTC. */
  public String line() {
    StringBuilder line = new StringBuilder(text);
    if (kind != null) {
      line.append(" · ").append(kind);
    }
    if (at != null) {
      line.append(" · ").append(at);
    }
    return line.toString();
  }

  /** A patient's label: given and family name, then the MRN. */
  public static String patient(String givenName, String familyName, String mrn) {
    return givenName + " " + familyName + " · " + mrn;
  }
}
