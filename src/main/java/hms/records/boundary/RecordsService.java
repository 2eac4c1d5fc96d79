package hms.records.boundary;

import hms.appointments.control.AppointmentRepository;
import hms.audit.control.AuditTrail;
import hms.audit.entity.AuditAction;
import hms.files.control.FilesRepository;
import hms.files.entity.StoredFile;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.control.PatientRepository;
import hms.problems.boundary.ProblemException;
import hms.problems.boundary.Versions;
import hms.records.control.RecordPermissions;
import hms.records.control.RecordPermissions.Operation;
import hms.records.control.RecordProblems;
import hms.records.control.RecordRepository;
import hms.records.entity.Amendment;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.RecordContent;
import hms.records.entity.RecordStatus;
import hms.tenancy.boundary.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Clinical records' use cases. Each checks the role matrix first (a refusal is audited as DENIED)
 * and writes one audit event in its own transaction; reads are audited like writes.
 */
@ApplicationScoped
public class RecordsService {
  /** A record with what is shown alongside it. */
  public record RecordView(
      ClinicalRecord record,
      RecordContent content,
      List<Amendment> amendments,
      List<StoredFile> attachments) {}

  private final RecordRepository records;
  private final PatientRepository patients;
  private final AppointmentRepository appointments;
  private final FilesRepository files;
  private final RecordPermissions permissions;
  private final AuditTrail audit;
  private final TenantContext tenant;

  /** For the CDI proxy only. */
  protected RecordsService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public RecordsService(
      RecordRepository records,
      PatientRepository patients,
      AppointmentRepository appointments,
      FilesRepository files,
      RecordPermissions permissions,
      AuditTrail audit,
      TenantContext tenant) {
    this.records = records;
    this.patients = patients;
    this.appointments = appointments;
    this.files = files;
    this.permissions = permissions;
    this.audit = audit;
    this.tenant = tenant;
  }

  /** A DRAFT for the patient, optionally of one of the patient's appointments. */
  @Transactional
  public RecordView create(UUID patientId, UUID appointmentId, RecordContent content) {
    permissions.require(Operation.WRITE, null);
    patients.find(patientId).orElseThrow(NotFoundException::new);
    if (appointmentId != null
        && appointments
            .find(appointmentId)
            .filter(a -> a.patientId().equals(patientId))
            .isEmpty()) {
      throw ProblemException.invalid("appointmentId", "no such appointment of this patient");
    }
    ClinicalRecord record = new ClinicalRecord(patientId, appointmentId, content, tenant.userSub());
    records.add(record, content);
    audit.success(AuditAction.CREATE, RecordPermissions.RESOURCE, record.id().toString());
    return new RecordView(record, content, List.of(), List.of());
  }

  /** The patient's records, newest first; audited as one SEARCH naming the patient. */
  @Transactional
  public Page<ClinicalRecord> ofPatient(UUID patientId, PageRequest page) {
    permissions.require(Operation.LIST, patientId.toString());
    patients.find(patientId).orElseThrow(NotFoundException::new);
    Page<ClinicalRecord> found =
        Page.of(
            records.ofPatient(patientId, page.offset(), page.size()),
            page,
            () -> records.countOfPatient(patientId));
    audit.success(AuditAction.SEARCH, RecordPermissions.RESOURCE, patientId.toString());
    return found;
  }

  @Transactional
  public RecordView get(UUID id) {
    permissions.require(Operation.READ, id.toString());
    ClinicalRecord record = found(id);
    audit.success(AuditAction.READ, RecordPermissions.RESOURCE, id.toString());
    return view(record);
  }

  /** Replaces a DRAFT's content when the caller saw its current version (If-Match). */
  @Transactional
  public RecordView update(UUID id, long expectedVersion, RecordContent content) {
    permissions.require(Operation.WRITE, id.toString());
    ClinicalRecord record = draft(id);
    requireVersion(record, expectedVersion);
    record.edit(content, tenant.userSub());
    records.replaceParts(record, content);
    records.flush();
    audit.success(AuditAction.UPDATE, RecordPermissions.RESOURCE, id.toString());
    return view(record);
  }

  /** Signs a DRAFT (doctors only): FINAL and immutable. With If-Match, only the version seen. */
  @Transactional
  public RecordView finalizeRecord(UUID id, Optional<Long> expectedVersion) {
    permissions.require(Operation.FINALIZE, id.toString());
    ClinicalRecord record = draft(id);
    expectedVersion.ifPresent(v -> requireVersion(record, v));
    record.finalizeBy(tenant.userSub());
    records.flush();
    audit.success(AuditAction.FINALIZE, RecordPermissions.RESOURCE, id.toString());
    return view(record);
  }

  /** Appends a correction to a FINAL record. */
  @Transactional
  public Amendment amend(UUID id, String reason, String text) {
    permissions.require(Operation.AMEND, id.toString());
    ClinicalRecord record = found(id);
    if (record.status() != RecordStatus.FINAL) {
      throw new RecordProblems.Draft();
    }
    Amendment amendment = new Amendment(record, reason.strip(), text.strip(), tenant.userSub());
    records.add(amendment);
    audit.success(AuditAction.AMEND, RecordPermissions.RESOURCE, id.toString());
    return amendment;
  }

  /** Attaches an uploaded file of the record's patient to a DRAFT. */
  @Transactional
  public RecordView attach(UUID id, UUID fileId) {
    permissions.require(Operation.WRITE, id.toString());
    ClinicalRecord record = draft(id);
    StoredFile file =
        files.find(fileId).orElseThrow(() -> ProblemException.invalid("fileId", "no such file"));
    if (!record.id().equals(file.recordId().orElse(null))) {
      try {
        file.attachTo(record.id(), record.patientId());
      } catch (IllegalStateException e) {
        throw new RecordProblems.FileUnattachable("The file's upload has not been completed.");
      } catch (IllegalArgumentException e) {
        throw new RecordProblems.FileUnattachable(
            "The file belongs to another record or another patient.");
      }
    }
    audit.success(AuditAction.UPDATE, RecordPermissions.RESOURCE, id.toString());
    return view(record);
  }

  @Transactional
  public void detach(UUID id, UUID fileId) {
    permissions.require(Operation.WRITE, id.toString());
    ClinicalRecord record = draft(id);
    StoredFile file =
        files
            .find(fileId)
            .filter(f -> record.id().equals(f.recordId().orElse(null)))
            .orElseThrow(NotFoundException::new);
    file.detach();
    audit.success(AuditAction.UPDATE, RecordPermissions.RESOURCE, id.toString());
  }

  private ClinicalRecord found(UUID id) {
    return records.find(id).orElseThrow(NotFoundException::new);
  }

  private ClinicalRecord draft(UUID id) {
    ClinicalRecord record = found(id);
    if (record.status() != RecordStatus.DRAFT) {
      throw new RecordProblems.Final();
    }
    return record;
  }

  private static void requireVersion(ClinicalRecord record, long expected) {
    Versions.requireCurrent(record.version(), expected);
  }

  private RecordView view(ClinicalRecord record) {
    UUID id = record.id();
    return new RecordView(
        record,
        record.content(records.diagnoses(id), records.prescriptions(id)),
        records.amendments(id),
        files.attachedTo(id));
  }
}
