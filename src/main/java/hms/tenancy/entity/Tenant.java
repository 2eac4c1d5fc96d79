package hms.tenancy.entity;

import hms.access.entity.Identified;
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

/** A hospital on the platform. Its data lives in its own schema; this row is the registry. */
@Entity
@Table(name = "tenants", schema = "platform")
public class Tenant implements Identified {
  public static final String ALL = "SELECT t FROM Tenant t ORDER BY t.id";
  public static final String COUNT = "SELECT COUNT(t) FROM Tenant t";
  public static final String BEHIND =
      "SELECT t FROM Tenant t WHERE t.schemaVersion < :version ORDER BY t.id";

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Column(name = "schema_version", nullable = false)
  private int schemaVersion;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Tenant() {}

  /** A new tenant, waiting for its schema and first administrator. */
  public Tenant(TenantId id, String name, Instant at) {
    this.id = id.value();
    this.name = requireName(name);
    this.status = TenantStatus.PROVISIONING;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  public TenantId id() {
    return new TenantId(id);
  }

  public String name() {
    return name;
  }

  public TenantStatus status() {
    return status;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public void rename(String newName, Instant at) {
    name = requireName(newName);
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Records the migration version the schema reached. */
  public void schemaMigratedTo(int migrationVersion, Instant at) {
    schemaVersion = Math.max(schemaVersion, migrationVersion);
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Provisioning is complete. */
  public void activate(Instant at) {
    if (status == TenantStatus.PROVISIONING) {
      status = TenantStatus.ACTIVE;
      updatedAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  /** An operator's ACTIVE or SUSPENDED; a tenant still provisioning cannot change. */
  public void changeStatus(TenantStatus wanted, Instant at) {
    if (wanted == TenantStatus.PROVISIONING || status == TenantStatus.PROVISIONING) {
      throw new IllegalStateException("A provisioning tenant's status is not an operator's");
    }
    status = wanted;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("A tenant's name has 1 to 200 characters");
    }
    return name.trim();
  }

  @Override
  public String auditId() {
    return id().value();
  }
}
