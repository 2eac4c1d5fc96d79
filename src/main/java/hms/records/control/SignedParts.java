package hms.records.control;

import hms.records.entity.Prescription;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Diagnoses and prescriptions as signed records hold them, with the record and its signing. */
public final class SignedParts {
  private SignedParts() {}

  /** A diagnosis of a FINAL record. */
  public record SignedDiagnosis(String code, String description, UUID recordId, Instant signedAt) {}

  /**
   * A prescription of a FINAL record. Its course starts when the record is signed (a record keeps
   * no other start) and lasts its days.
   */
  public record SignedPrescription(Prescription.Order order, UUID recordId, Instant signedAt) {
    public Instant endsAt() {
      return signedAt.plus(Duration.ofDays(order.durationDays()));
    }
  }
}
