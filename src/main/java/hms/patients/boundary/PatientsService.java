package hms.patients.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Rule;
import hms.audit.boundary.Permissions;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.control.PatientCsv;
import hms.patients.control.PatientRepository;
import hms.patients.control.PatientSearch;
import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.problems.entity.ProblemException;
import hms.problems.entity.StaleVersion;
import hms.tenancy.control.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The patient registry's use cases, each guarded by its rule (checked and audited). */
@ApplicationScoped
public class PatientsService {
  private static final int EXPORT_CHUNK = 500;

  private final PatientRepository patients;
  private final Permissions permissions;
  private final TenantContext tenant;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected PatientsService() {
    this(null, null, null, null);
  }

  @Inject
  public PatientsService(
      PatientRepository patients, Permissions permissions, TenantContext tenant, Clock clock) {
    this.patients = patients;
    this.permissions = permissions;
    this.tenant = tenant;
    this.clock = clock;
  }

  /** Whether the caller sees clinical fields. */
  public boolean seesClinical() {
    return permissions.allows(Rule.PATIENT_CLINICAL_READ);
  }

  @Transactional
  @Guarded(Rule.PATIENT_REGISTER)
  public Patient create(String mrn, PatientData data) {
    if (data.clinical() != null) {
      permissions.require(Rule.PATIENT_CLINICAL_WRITE);
    }
    requireBornSince1900(data);
    String number = mrn != null ? mrn : patients.nextMrn();
    if (mrn != null && patients.mrnTaken(mrn)) {
      throw new ProblemException(
          Status.CONFLICT, "mrn-exists", "MRN Taken", "Another patient has this MRN.");
    }
    Patient patient = new Patient(number, data, tenant.userSub(), clock.instant());
    patients.add(patient);
    return patient;
  }

  @Transactional
  @Guarded(Rule.PATIENT_READ)
  public Patient get(@Subject UUID id) {
    return patients.find(id).orElseThrow(NotFoundException::new);
  }

  /** Whether the patient exists, and its status: for booking and records, no PHI. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.PATIENT_STATUS)
  public Optional<PatientStatus> status(UUID id) {
    return patients.find(id).map(Patient::status);
  }

  /**
   * Who the patient is, for a summary inside another use case; allergies per {@link #seesClinical}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.PATIENT_IDENTITY)
  public Optional<PatientIdentity> identity(UUID id) {
    return patients.find(id).map(p -> PatientIdentity.of(p, seesClinical()));
  }

  /**
   * Who the patients are, for another feature's list: one query for the lot (none for a patient
   * this request already read). Ids of no patient are left out of the map.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.PATIENT_IDENTITY)
  public Map<UUID, PatientLabel> labels(Collection<UUID> ids) {
    return patients.labels(ids).stream()
        .collect(Collectors.toMap(PatientRepository.Label::id, PatientLabel::of));
  }

  /** Replaces the patient's data when the caller saw the current version (If-Match). */
  @Transactional
  @Guarded(Rule.PATIENT_UPDATE)
  public Patient update(@Subject UUID id, long expectedVersion, PatientData data) {
    if (data.clinical() != null) {
      permissions.require(Rule.PATIENT_CLINICAL_WRITE);
    }
    requireBornSince1900(data);
    Patient patient = patients.find(id).orElseThrow(NotFoundException::new);
    if (data.status() != null && data.status() != patient.status()) {
      permissions.require(Rule.PATIENT_STATUS_CHANGE);
    }
    StaleVersion.check(patient.version(), expectedVersion);
    patient.update(
        data, tenant.userSub(), clock.instant(), permissions.allows(Rule.PATIENT_CLINICAL_WRITE));
    patients.flush();
    return patient;
  }

  @Transactional
  @Guarded(Rule.PATIENT_DEACTIVATE)
  public void deactivate(@Subject UUID id) {
    Patient patient = patients.find(id).orElseThrow(NotFoundException::new);
    patient.deactivate(tenant.userSub(), clock.instant());
  }

  /** One audit event per search, not one per row. */
  @Transactional
  @Guarded(Rule.PATIENT_SEARCH)
  public Page<Patient> search(PatientSearch search, PageRequest page) {
    return Page.of(
        patients.search(search, page.offset(), page.size()), page, () -> patients.count(search));
  }

  /**
   * Audits the export now and returns what writes it: rows are read in chunks of {@value
   * #EXPORT_CHUNK} while the response streams, so memory stays bounded at any size.
   */
  @Transactional
  @Guarded(Rule.PATIENT_EXPORT)
  public Consumer<OutputStream> export(PatientSearch search) {
    return out ->
        PatientCsv.write(out, EXPORT_CHUNK, (after, size) -> patients.chunk(search, after, size));
  }

  private static void requireBornSince1900(PatientData data) {
    if (data.dateOfBirth().isBefore(Patient.EARLIEST_BIRTH)) {
      throw ProblemException.invalid("dateOfBirth", "must not be before 1900-01-01");
    }
  }
}
