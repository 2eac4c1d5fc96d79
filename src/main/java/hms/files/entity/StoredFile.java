package hms.files.entity;

import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A file of the hospital's, stored in S3 under the tenant's prefix. */
@Entity
@Table(name = "files")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class StoredFile {
  public static final String ATTACHED_TO =
      "SELECT f FROM StoredFile f WHERE f.recordId = :record AND f.status <> :deleted"
          + " ORDER BY f.createdAt, f.id";

  @Id private String id;

  /** Where the client uploads: the only key an upload URL names. */
  @Column(name = "object_key", nullable = false)
  private String objectKey;

  /** Where the completed bytes are kept: a key no URL lets anyone write. */
  @Column(name = "kept_key")
  private String keptKey;

  /** The kept copy's checksum (its ETag), set on completion. */
  private String checksum;

  @Column(name = "original_name", nullable = false)
  private String originalName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  private String category;

  @Column(name = "patient_id")
  private String patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FileStatus status;

  @Column(name = "record_id")
  private String recordId;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected StoredFile() {}

  /**
   * A file about to be uploaded. The key is built here, never taken from a client: {@code
   * <tenant>/<id>/<safe name>}.
   */
  public StoredFile(
      String tenantId,
      String originalName,
      String contentType,
      long sizeBytes,
      String category,
      UUID patientId,
      String uploadedBy,
      Instant at) {
    if (sizeBytes <= 0) {
      throw new IllegalArgumentException("A file has at least one byte");
    }
    this.id = UUID.randomUUID().toString();
    this.originalName = FileName.forDisplay(originalName);
    this.objectKey = tenantId + "/" + id + "/" + FileName.forKey(originalName);
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.category = category;
    this.patientId = patientId == null ? null : patientId.toString();
    this.status = FileStatus.PENDING;
    this.uploadedBy = uploadedBy;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public String objectKey() {
    return objectKey;
  }

  public String originalName() {
    return originalName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  public Optional<UUID> patientId() {
    return Optional.ofNullable(patientId).map(UUID::fromString);
  }

  /** The clinical record the file is attached to, if any. */
  public Optional<UUID> recordId() {
    return Optional.ofNullable(recordId).map(UUID::fromString);
  }

  /**
   * Attaches an AVAILABLE file to a record of its patient (a file without a patient takes the
   * record's). Refused for a file that is elsewhere, another patient's or not uploaded.
   */
  public void attachTo(UUID record, UUID recordPatient) {
    if (status != FileStatus.AVAILABLE) {
      throw new IllegalStateException("Only an uploaded file is attached");
    }
    if (recordId != null || patientId().filter(p -> !p.equals(recordPatient)).isPresent()) {
      throw new IllegalArgumentException("The file belongs elsewhere");
    }
    recordId = record.toString();
    patientId = recordPatient.toString();
  }

  public void detach() {
    recordId = null;
  }

  public FileStatus status() {
    return status;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  /** The upload is in the bucket with the declared size. */
  /** Completes the upload: the bytes are now the copy at {@link #keptKeyToBe()}. */
  public void markAvailable(String checksum) {
    if (status == FileStatus.PENDING) {
      status = FileStatus.AVAILABLE;
      keptKey = keptKeyToBe();
      this.checksum = checksum;
    }
  }

  /** The key the completed bytes are copied to: beside the upload's, under {@code kept/}. */
  public String keptKeyToBe() {
    int name = objectKey.lastIndexOf('/');
    return objectKey.substring(0, name) + "/kept" + objectKey.substring(name);
  }

  /**
   * The key downloads read: the kept copy; the upload's own key only for files completed before
   * copies were kept.
   */
  public String downloadKey() {
    return keptKey != null ? keptKey : objectKey;
  }

  /** The keys that may hold this file's bytes (the upload's, and the kept copy once complete). */
  public List<String> keys() {
    return keptKey != null ? List.of(objectKey, keptKey) : List.of(objectKey);
  }

  public Optional<String> checksum() {
    return Optional.ofNullable(checksum);
  }

  public void markDeleted() {
    if (recordId != null) {
      throw new IllegalStateException("Detach the file from its record first");
    }
    status = FileStatus.DELETED;
  }
}
