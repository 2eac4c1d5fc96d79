package hms.records.control;

import hms.paging.control.Where;
import hms.records.entity.Amendment;
import hms.records.entity.ClinicalRecord;
import hms.records.entity.Diagnosis;
import hms.records.entity.Prescription;
import hms.records.entity.RecordContent;
import hms.records.entity.RecordStatus;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The request tenant's clinical records and their amendments, in its own schema. */
@ApplicationScoped
public class RecordRepository {
  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected RecordRepository() {
    this(null);
  }

  @Inject
  public RecordRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  /** Those of the ids that exist, in one query (the audit trail's labels). */
  public List<ClinicalRecord> byIds(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tenantEm
        .current()
        .createQuery("SELECT r FROM ClinicalRecord r WHERE r.id IN :ids", ClinicalRecord.class)
        .setParameter("ids", ids.stream().map(UUID::toString).distinct().toList())
        .getResultList();
  }

  public Optional<ClinicalRecord> find(UUID id) {
    return Optional.ofNullable(tenantEm.current().find(ClinicalRecord.class, id.toString()));
  }

  /** The record, then its diagnoses and prescriptions (written after it: they reference it). */
  public void add(ClinicalRecord record, RecordContent content) {
    EntityManager em = tenantEm.current();
    em.persist(record);
    em.flush();
    record.parts(content).forEach(em::persist);
  }

  /** Replaces a record's diagnoses and prescriptions with the content's. */
  public void replaceParts(ClinicalRecord record, RecordContent content) {
    EntityManager em = tenantEm.current();
    diagnoses(record.id()).forEach(em::remove);
    prescriptions(record.id()).forEach(em::remove);
    record.parts(content).forEach(em::persist);
  }

  public List<Diagnosis> diagnoses(UUID record) {
    return tenantEm
        .current()
        .createQuery(Diagnosis.OF_RECORD, Diagnosis.class)
        .setParameter("record", record.toString())
        .getResultList();
  }

  public List<Prescription> prescriptions(UUID record) {
    return tenantEm
        .current()
        .createQuery(Prescription.OF_RECORD, Prescription.class)
        .setParameter("record", record.toString())
        .getResultList();
  }

  public void add(Amendment amendment) {
    tenantEm.current().persist(amendment);
  }

  /** Writes pending changes now, so that a concurrent edit surfaces inside the use case (412). */
  public void flush() {
    tenantEm.current().flush();
  }

  public List<Amendment> amendments(UUID record) {
    return tenantEm
        .current()
        .createQuery(Amendment.OF_RECORD, Amendment.class)
        .setParameter("record", record.toString())
        .getResultList();
  }

  /**
   * The diagnoses of the patient's FINAL records, the latest signed first (in each record, in their
   * order): one query.
   */
  public List<SignedParts.SignedDiagnosis> signedDiagnoses(UUID patient) {
    return tenantEm
        .current()
        .createQuery(
            "SELECT d.code, d.description, r.id, r.finalizedAt FROM Diagnosis d, ClinicalRecord r"
                + " WHERE d.recordId = r.id AND r.patientId = :patient AND r.status = :final"
                + " ORDER BY r.finalizedAt DESC, r.id, d.position",
            Object[].class)
        .setParameter("patient", patient.toString())
        .setParameter("final", RecordStatus.FINAL)
        .getResultList()
        .stream()
        .map(
            row ->
                new SignedParts.SignedDiagnosis(
                    (String) row[0],
                    (String) row[1],
                    UUID.fromString((String) row[2]),
                    ((OffsetDateTime) row[3]).toInstant()))
        .toList();
  }

  /**
   * The prescriptions of the patient's FINAL records signed after the instant, the latest signed
   * first: one query.
   */
  public List<SignedParts.SignedPrescription> signedPrescriptions(UUID patient, Instant since) {
    return tenantEm
        .current()
        .createQuery(
            "SELECT p, r.id, r.finalizedAt FROM Prescription p, ClinicalRecord r"
                + " WHERE p.recordId = r.id AND r.patientId = :patient AND r.status = :final"
                + " AND r.finalizedAt > :since ORDER BY r.finalizedAt DESC, r.id, p.position",
            Object[].class)
        .setParameter("patient", patient.toString())
        .setParameter("final", RecordStatus.FINAL)
        .setParameter("since", since.atOffset(ZoneOffset.UTC))
        .getResultList()
        .stream()
        .map(
            row ->
                new SignedParts.SignedPrescription(
                    ((Prescription) row[0]).order(),
                    UUID.fromString((String) row[1]),
                    ((OffsetDateTime) row[2]).toInstant()))
        .toList();
  }

  /** The patient's newest record, DRAFT or FINAL, that holds at least one vital sign. */
  public Optional<ClinicalRecord> lastWithVitals(UUID patient) {
    return tenantEm
        .current()
        .createQuery(
            "SELECT r FROM ClinicalRecord r WHERE r.patientId = :patient AND ("
                + " r.vitals.heightCm IS NOT NULL OR r.vitals.weightKg IS NOT NULL"
                + " OR r.vitals.temperatureC IS NOT NULL OR r.vitals.pulse IS NOT NULL"
                + " OR r.vitals.systolic IS NOT NULL OR r.vitals.diastolic IS NOT NULL"
                + " OR r.vitals.respiratoryRate IS NOT NULL OR r.vitals.spo2 IS NOT NULL)"
                + " ORDER BY r.createdAt DESC, r.id",
            ClinicalRecord.class)
        .setParameter("patient", patient.toString())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** A patient's records, newest first. */
  public List<ClinicalRecord> ofPatient(UUID patient, int offset, int size) {
    return patientIs(patient)
        .page(
            tenantEm.current(), ClinicalRecord.class, "r", "r.createdAt DESC, r.id", offset, size);
  }

  public long countOfPatient(UUID patient) {
    return patientIs(patient).count(tenantEm.current(), ClinicalRecord.class, "r");
  }

  /** The author's DRAFTs, whatever the patient, newest first. */
  public List<ClinicalRecord> draftsOf(String author, int offset, int size) {
    return draftsBy(author)
        .page(
            tenantEm.current(), ClinicalRecord.class, "r", "r.createdAt DESC, r.id", offset, size);
  }

  public long countDraftsOf(String author) {
    return draftsBy(author).count(tenantEm.current(), ClinicalRecord.class, "r");
  }

  private static Where draftsBy(String author) {
    return new Where()
        .and("r.authorSub = :author", "author", author)
        .and("r.status = :draft", "draft", RecordStatus.DRAFT);
  }

  private static Where patientIs(UUID patient) {
    return new Where().and("r.patientId = :patient", "patient", patient.toString());
  }
}
