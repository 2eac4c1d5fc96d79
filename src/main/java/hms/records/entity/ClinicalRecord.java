package hms.records.entity;

import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One encounter of a patient, written as SOAP with vitals, diagnoses and prescriptions. Edited
 * while DRAFT; once finalized by a doctor it is FINAL and this class (and the table's triggers)
 * refuse any change.
 *
 * <p>Diagnoses and prescriptions are rows that name the record by id, not a mapped relationship:
 * EclipseLink 4.0.9 re-initializes relationship mappings of TABLE_PER_TENANT entities for every new
 * tenant EntityManager without locking (eclipse-ee4j/eclipselink#2406), and concurrent requests
 * corrupt a shared HashMap. No tenant entity maps a relationship.
 */
@Entity
@Table(name = "clinical_records")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class ClinicalRecord {
  @Id private String id;

  @Column(name = "patient_id", nullable = false)
  private String patientId;

  @Column(name = "appointment_id")
  private String appointmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecordType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecordStatus status;

  @Column(name = "chief_complaint", nullable = false)
  private String chiefComplaint;

  private String subjective;
  private String objective;
  private String assessment;
  private String plan;

  @Embedded private Vitals vitals;

  @Column(name = "author_sub", nullable = false)
  private String authorSub;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "finalized_at")
  private OffsetDateTime finalizedAt;

  @Column(name = "finalized_by")
  private String finalizedBy;

  @Version private long version;

  protected ClinicalRecord() {}

  public ClinicalRecord(
      UUID patientId, UUID appointmentId, RecordContent content, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.patientId = patientId.toString();
    this.appointmentId = appointmentId == null ? null : appointmentId.toString();
    this.status = RecordStatus.DRAFT;
    this.authorSub = by;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    write(content, by, at);
  }

  /** Replaces the content of a DRAFT. */
  public void edit(RecordContent content, String by, Instant at) {
    requireDraft();
    write(content, by, at);
  }

  /** Signs the record: FINAL from now on. */
  public void finalizeBy(String doctor, Instant at) {
    requireDraft();
    status = RecordStatus.FINAL;
    finalizedAt = at.atOffset(ZoneOffset.UTC);
    finalizedBy = doctor;
    updatedAt = finalizedAt;
    updatedBy = doctor;
  }

  private void requireDraft() {
    if (status != RecordStatus.DRAFT) {
      throw new IllegalStateException("A FINAL record does not change");
    }
  }

  private void write(RecordContent content, String by, Instant at) {
    type = content.type();
    chiefComplaint = content.chiefComplaint();
    subjective = content.subjective();
    objective = content.objective();
    assessment = content.assessment();
    plan = content.plan();
    vitals = content.vitals();
    updatedAt = at.atOffset(ZoneOffset.UTC);
    updatedBy = by;
  }

  /** The content, with the diagnoses and prescriptions kept in their own tables. */
  public RecordContent content(List<Diagnosis> diagnoses, List<Prescription> prescriptions) {
    return new RecordContent(
        type,
        chiefComplaint,
        subjective,
        objective,
        assessment,
        plan,
        vitals,
        diagnoses.stream().map(d -> new RecordContent.Coded(d.code(), d.description())).toList(),
        prescriptions.stream().map(Prescription::order).toList());
  }

  /** The diagnoses and prescriptions of the content, as rows of this record. */
  public List<Object> parts(RecordContent content) {
    List<Object> parts = new ArrayList<>();
    int position = 0;
    for (RecordContent.Coded d : content.diagnoses()) {
      parts.add(new Diagnosis(id(), position++, d.code(), d.description()));
    }
    position = 0;
    for (Prescription.Order order : content.prescriptions()) {
      parts.add(new Prescription(id(), position++, order));
    }
    return parts;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public UUID patientId() {
    return UUID.fromString(patientId);
  }

  public Optional<UUID> appointmentId() {
    return Optional.ofNullable(appointmentId).map(UUID::fromString);
  }

  public RecordType type() {
    return type;
  }

  public String chiefComplaint() {
    return chiefComplaint;
  }

  /** The vital signs; null when none was taken. */
  public Vitals vitals() {
    return vitals;
  }

  public RecordStatus status() {
    return status;
  }

  public String authorSub() {
    return authorSub;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Optional<Instant> finalizedAt() {
    return Optional.ofNullable(finalizedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> finalizedBy() {
    return Optional.ofNullable(finalizedBy);
  }

  public long version() {
    return version;
  }
}
