package hms.patients.boundary;

import hms.audit.control.AuditTrail;
import hms.audit.entity.AuditAction;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.control.PatientCsv;
import hms.patients.control.PatientPermissions;
import hms.patients.control.PatientPermissions.Operation;
import hms.patients.control.PatientRepository;
import hms.patients.control.PatientSearch;
import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.problems.boundary.ProblemException;
import hms.problems.boundary.Versions;
import hms.tenancy.boundary.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.io.OutputStream;
import java.util.UUID;
import java.util.function.Consumer;

/** The patient registry's use cases; every one checks the matrix and writes the audit trail. */
@ApplicationScoped
public class PatientsService {
  static final String RESOURCE = "PATIENT";
  private static final int EXPORT_CHUNK = 500;

  private final PatientRepository patients;
  private final PatientPermissions permissions;
  private final AuditTrail audit;
  private final TenantContext tenant;

  /** For the CDI proxy only. */
  protected PatientsService() {
    this(null, null, null, null);
  }

  @Inject
  public PatientsService(
      PatientRepository patients,
      PatientPermissions permissions,
      AuditTrail audit,
      TenantContext tenant) {
    this.patients = patients;
    this.permissions = permissions;
    this.audit = audit;
    this.tenant = tenant;
  }

  /** Whether the caller sees clinical fields. */
  public boolean seesClinical() {
    return permissions.allows(Operation.READ_CLINICAL);
  }

  @Transactional
  public Patient create(String mrn, PatientData data) {
    permissions.require(Operation.CREATE, null);
    if (data.clinical() != null) {
      permissions.require(Operation.WRITE_CLINICAL, null);
    }
    requireBornSince1900(data);
    String number = mrn != null ? mrn : patients.nextMrn();
    if (mrn != null && patients.mrnTaken(mrn)) {
      throw new ProblemException(
          Status.CONFLICT, "mrn-exists", "MRN Taken", "Another patient has this MRN.");
    }
    Patient patient = new Patient(number, data, tenant.userSub());
    patients.add(patient);
    audit.success(AuditAction.CREATE, RESOURCE, patient.id().toString());
    return patient;
  }

  @Transactional
  public Patient get(UUID id) {
    permissions.require(Operation.READ, id.toString());
    Patient patient = patients.find(id).orElseThrow(NotFoundException::new);
    audit.success(AuditAction.READ, RESOURCE, id.toString());
    return patient;
  }

  /** Replaces the patient's data when the caller saw the current version (If-Match). */
  @Transactional
  public Patient update(UUID id, long expectedVersion, PatientData data) {
    permissions.require(Operation.UPDATE, id.toString());
    if (data.clinical() != null) {
      permissions.require(Operation.WRITE_CLINICAL, id.toString());
    }
    requireBornSince1900(data);
    Patient patient = patients.find(id).orElseThrow(NotFoundException::new);
    Versions.requireCurrent(patient.version(), expectedVersion);
    patient.update(data, tenant.userSub(), permissions.allows(Operation.WRITE_CLINICAL));
    patients.flush();
    audit.success(AuditAction.UPDATE, RESOURCE, id.toString());
    return patient;
  }

  @Transactional
  public void deactivate(UUID id) {
    permissions.require(Operation.DEACTIVATE, id.toString());
    Patient patient = patients.find(id).orElseThrow(NotFoundException::new);
    patient.deactivate(tenant.userSub());
    audit.success(AuditAction.DELETE, RESOURCE, id.toString());
  }

  /** One audit event per search, not one per row. */
  @Transactional
  public Page<Patient> search(PatientSearch search, PageRequest page) {
    permissions.require(Operation.SEARCH, null);
    Page<Patient> found =
        Page.of(
            patients.search(search, page.offset(), page.size()),
            page,
            () -> patients.count(search));
    audit.success(AuditAction.SEARCH, RESOURCE, null);
    return found;
  }

  /**
   * Audits the export now and returns what writes it: rows are read in chunks of {@value
   * #EXPORT_CHUNK} while the response streams, so memory stays bounded at any size.
   */
  @Transactional
  public Consumer<OutputStream> export(PatientSearch search) {
    permissions.require(Operation.EXPORT, null);
    audit.success(AuditAction.EXPORT, RESOURCE, null);
    return out ->
        PatientCsv.write(out, EXPORT_CHUNK, (after, size) -> patients.chunk(search, after, size));
  }

  private static void requireBornSince1900(PatientData data) {
    if (data.dateOfBirth().isBefore(Patient.EARLIEST_BIRTH)) {
      throw ProblemException.invalid("dateOfBirth", "must not be before 1900-01-01");
    }
  }
}
