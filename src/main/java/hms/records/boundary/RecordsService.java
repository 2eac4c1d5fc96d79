package hms.records.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Identified;
import hms.access.entity.Rule;
import hms.appointments.boundary.AppointmentsService;
import hms.files.boundary.FileResponse;
import hms.files.boundary.FilesService;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.boundary.PatientLabel;
import hms.patients.boundary.PatientsService;
import hms.problems.entity.ProblemException;
import hms.problems.entity.StaleVersion;
import hms.records.control.RecordProblems;
import hms.records.control.RecordRepository;
import hms.records.entity.Amendment;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.Prescription;
import hms.records.entity.RecordContent;
import hms.records.entity.RecordStatus;
import hms.tenancy.control.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Clinical records' use cases, each guarded by its rule (checked first, a refusal audited as
 * DENIED; one audit event in the use case's transaction; reads are audited like writes). Patients,
 * appointments and files are reached through their own services.
 */
@ApplicationScoped
public class RecordsService {
  /** A record with what is shown alongside it. */
  public record RecordView(
      ClinicalRecord record,
      RecordContent content,
      List<Amendment> amendments,
      List<FileResponse> attachments)
      implements Identified {
    @Override
    public String auditId() {
      return record.id().toString();
    }
  }

  /** A draft with whose record it is. */
  public record DraftView(ClinicalRecord record, PatientLabel patient) {}

  private final RecordRepository records;
  private final PatientsService patients;
  private final AppointmentsService appointments;
  private final FilesService files;
  private final TenantContext tenant;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected RecordsService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public RecordsService(
      RecordRepository records,
      PatientsService patients,
      AppointmentsService appointments,
      FilesService files,
      TenantContext tenant,
      Clock clock) {
    this.records = records;
    this.patients = patients;
    this.appointments = appointments;
    this.files = files;
    this.tenant = tenant;
    this.clock = clock;
  }

  /** A DRAFT for the patient, optionally of one of the patient's appointments. */
  @Transactional
  @Guarded(Rule.RECORD_CREATE)
  public RecordView create(UUID patientId, UUID appointmentId, RecordContent content) {
    patients.status(patientId).orElseThrow(NotFoundException::new);
    if (appointmentId != null && !appointments.isOfPatient(appointmentId, patientId)) {
      throw ProblemException.invalid("appointmentId", "no such appointment of this patient");
    }
    ClinicalRecord record =
        new ClinicalRecord(patientId, appointmentId, content, tenant.userSub(), clock.instant());
    records.add(record, content);
    return new RecordView(record, content, List.of(), List.of());
  }

  /** The patient's records, newest first; audited as one SEARCH naming the patient. */
  @Transactional
  @Guarded(Rule.RECORD_LIST)
  public Page<ClinicalRecord> ofPatient(@Subject UUID patientId, PageRequest page) {
    patients.status(patientId).orElseThrow(NotFoundException::new);
    return Page.of(
        records.ofPatient(patientId, page.offset(), page.size()),
        page,
        () -> records.countOfPatient(patientId));
  }

  /**
   * The caller's own DRAFTs across patients, newest first, each named by its patient (one query for
   * the page's patients); audited as one SEARCH, like the other lists.
   */
  @Transactional
  @Guarded(Rule.RECORD_OWN_DRAFTS)
  public Page<DraftView> ownDrafts(PageRequest page) {
    String me = tenant.userSub();
    return Page.of(
            records.draftsOf(me, page.offset(), page.size()), page, () -> records.countDraftsOf(me))
        .mapItems(this::named);
  }

  private List<DraftView> named(List<ClinicalRecord> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    Map<UUID, PatientLabel> labels =
        patients.labels(drafts.stream().map(ClinicalRecord::patientId).collect(Collectors.toSet()));
    return drafts.stream().map(r -> new DraftView(r, labels.get(r.patientId()))).toList();
  }

  /**
   * The clinical sections of the patient's summary as of the instant, in four queries whatever the
   * number of records; the summary's own use case checks the patient and is audited.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.RECORD_SUMMARY)
  public ClinicalSummary summaryOf(UUID patientId, Instant now) {
    return ClinicalSummary.of(
        records.signedDiagnoses(patientId),
        records.signedPrescriptions(patientId, now.minus(Prescription.LONGEST_COURSE)),
        records.lastWithVitals(patientId).orElse(null),
        records.ofPatient(patientId, 0, ClinicalSummary.RECENT_RECORDS),
        now);
  }

  @Transactional
  @Guarded(Rule.RECORD_READ)
  public RecordView get(@Subject UUID id) {
    return view(found(id));
  }

  /** Replaces a DRAFT's content when the caller saw its current version (If-Match). */
  @Transactional
  @Guarded(Rule.RECORD_EDIT)
  public RecordView update(@Subject UUID id, long expectedVersion, RecordContent content) {
    ClinicalRecord record = draft(id);
    StaleVersion.check(record.version(), expectedVersion);
    record.edit(content, tenant.userSub(), clock.instant());
    records.replaceParts(record, content);
    records.flush();
    return view(record);
  }

  /** Signs a DRAFT (doctors only): FINAL and immutable. With If-Match, only the version seen. */
  @Transactional
  @Guarded(Rule.RECORD_FINALIZE)
  public RecordView finalizeRecord(@Subject UUID id, Optional<Long> expectedVersion) {
    ClinicalRecord record = draft(id);
    expectedVersion.ifPresent(v -> StaleVersion.check(record.version(), v));
    record.finalizeBy(tenant.userSub(), clock.instant());
    records.flush();
    return view(record);
  }

  /** Appends a correction to a FINAL record. */
  @Transactional
  @Guarded(Rule.RECORD_AMEND)
  public Amendment amend(@Subject UUID id, String reason, String text) {
    ClinicalRecord record = found(id);
    if (record.status() != RecordStatus.FINAL) {
      throw new RecordProblems.Draft();
    }
    Amendment amendment =
        new Amendment(record, reason.strip(), text.strip(), tenant.userSub(), clock.instant());
    records.add(amendment);
    return amendment;
  }

  /** Attaches an uploaded file of the record's patient to a DRAFT. */
  @Transactional
  @Guarded(Rule.RECORD_ATTACH)
  public RecordView attach(@Subject UUID id, UUID fileId) {
    ClinicalRecord record = draft(id);
    files.attach(fileId, record.id(), record.patientId());
    return view(record);
  }

  @Transactional
  @Guarded(Rule.RECORD_ATTACH)
  public void detach(@Subject UUID id, UUID fileId) {
    files.detach(fileId, draft(id).id());
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

  private RecordView view(ClinicalRecord record) {
    UUID id = record.id();
    return new RecordView(
        record,
        record.content(records.diagnoses(id), records.prescriptions(id)),
        records.amendments(id),
        files.attachedTo(id));
  }
}
