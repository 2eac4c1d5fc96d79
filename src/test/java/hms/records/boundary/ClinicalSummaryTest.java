package hms.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hms.records.control.SignedParts.SignedDiagnosis;
import hms.records.control.SignedParts.SignedPrescription;
import hms.records.entity.Prescription;
import hms.records.entity.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The summary's rules for diagnoses and prescriptions, on rows as the repository gives them. */
class ClinicalSummaryTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final UUID LATER = UUID.randomUUID();
  private static final UUID EARLIER = UUID.randomUUID();

  @Test
  void eachCodeOnceFromItsLatestSigning() {
    List<SignedDiagnosis> latestFirst =
        List.of(
            new SignedDiagnosis("J45.901", "Asthma, mild persistent", LATER, NOW.minusSeconds(60)),
            new SignedDiagnosis("I10", "Hypertension", LATER, NOW.minusSeconds(60)),
            new SignedDiagnosis("J45.901", "Asthma", EARLIER, NOW.minusSeconds(3600)),
            new SignedDiagnosis("E11.9", "Type 2 diabetes", EARLIER, NOW.minusSeconds(3600)));
    assertEquals(
        List.of(
            "J45.901 Asthma, mild persistent " + LATER,
            "I10 Hypertension " + LATER,
            "E11.9 Type 2 diabetes " + EARLIER),
        ClinicalSummary.active(latestFirst).stream()
            .map(d -> d.code() + " " + d.description() + " " + d.recordId())
            .toList());
  }

  @Test
  void aCourseRunsFromItsSigningForItsDays() {
    List<SignedPrescription> rows =
        List.of(
            course("Running", 30, Duration.ofDays(29)),
            course("Ends now", 30, Duration.ofDays(30)),
            course("Ended", 7, Duration.ofDays(8)));
    ClinicalSummary summary = ClinicalSummary.of(List.of(), rows, null, List.of(), NOW);
    assertEquals(
        List.of("Running"),
        summary.currentPrescriptions().stream()
            .map(ClinicalSummary.CurrentPrescription::medication)
            .toList());
    assertEquals(NOW.plus(Duration.ofDays(1)), summary.currentPrescriptions().get(0).endsAt());
    assertNull(summary.lastVitals());
  }

  private static SignedPrescription course(String medication, int days, Duration signedAgo) {
    return new SignedPrescription(
        new Prescription.Order(medication, "1 tablet", Route.ORAL, "daily", days),
        EARLIER,
        NOW.minus(signedAgo));
  }
}
