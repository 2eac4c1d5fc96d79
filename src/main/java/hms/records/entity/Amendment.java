package hms.records.entity;

import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A correction or addition to a FINAL record: written once, never changed (the table refuses
 * updates and deletes). It names its record by id only, so adding one never touches the record.
 */
@Entity
@Table(name = "record_amendments")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class Amendment {
  public static final String OF_RECORD =
      "SELECT a FROM Amendment a WHERE a.recordId = :record ORDER BY a.createdAt, a.id";

  @Id private String id;

  @Column(name = "record_id", nullable = false)
  private String recordId;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private String text;

  @Column(name = "author_sub", nullable = false)
  private String authorSub;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Amendment() {}

  public Amendment(ClinicalRecord record, String reason, String text, String by, Instant at) {
    if (record.status() != RecordStatus.FINAL) {
      throw new IllegalStateException("Drafts are edited, not amended");
    }
    this.id = UUID.randomUUID().toString();
    this.recordId = record.id().toString();
    this.reason = reason;
    this.text = text;
    this.authorSub = by;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public String reason() {
    return reason;
  }

  public String text() {
    return text;
  }

  public String authorSub() {
    return authorSub;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
