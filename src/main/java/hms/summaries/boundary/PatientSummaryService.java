package hms.summaries.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Rule;
import hms.appointments.boundary.AppointmentsService;
import hms.audit.boundary.Permissions;
import hms.patients.boundary.PatientIdentity;
import hms.patients.boundary.PatientsService;
import hms.records.boundary.ClinicalSummary;
import hms.records.boundary.RecordsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The patient's summary, one use case over three features' published reads. */
@ApplicationScoped
public class PatientSummaryService {
  /** How many upcoming and how many recent appointments the summary lists. */
  static final int APPOINTMENTS = 5;

  private final PatientsService patients;
  private final RecordsService records;
  private final AppointmentsService appointments;
  private final Permissions permissions;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected PatientSummaryService() {
    this(null, null, null, null, null);
  }

  @Inject
  public PatientSummaryService(
      PatientsService patients,
      RecordsService records,
      AppointmentsService appointments,
      Permissions permissions,
      Clock clock) {
    this.patients = patients;
    this.records = records;
    this.appointments = appointments;
    this.permissions = permissions;
    this.clock = clock;
  }

  /** Audited as one READ of the patient; the clinical sections only for those who read records. */
  @Transactional
  @Guarded(Rule.PATIENT_SUMMARY)
  public PatientSummaryResponse of(@Subject UUID patientId) {
    PatientIdentity patient = patients.identity(patientId).orElseThrow(NotFoundException::new);
    Instant now = clock.instant();
    ClinicalSummary clinical =
        permissions.allows(Rule.RECORD_SUMMARY) ? records.summaryOf(patientId, now) : null;
    return PatientSummaryResponse.of(
        patient, clinical, appointments.ofPatientAround(patientId, now, APPOINTMENTS), now);
  }
}
