package hms.audit.entity;

import hms.access.entity.AuditAction;
import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One audited action in a tenant: who, in which role, did what to which record, from where, with
 * which outcome. Immutable here and append-only in the database. Never carries PHI.
 */
@Entity
@Table(name = "audit_events")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class AuditEvent {
  @Id private String id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_sub", nullable = false)
  private String actorSub;

  @Column(name = "actor_role", nullable = false)
  private String actorRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  private AuditAction attempted;

  @Column(name = "resource_type", nullable = false)
  private String resourceType;

  @Column(name = "resource_id")
  private String resourceId;

  @Column(name = "request_id", nullable = false)
  private String requestId;

  @Column(name = "client_ip")
  private String clientIp;

  @Column(nullable = false)
  private String outcome;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at,
      String actorSub,
      String actorRole,
      AuditAction action,
      AuditAction attempted,
      String resourceType,
      String resourceId,
      String requestId,
      String clientIp) {
    this.id = UUID.randomUUID().toString();
    this.at = at.atOffset(ZoneOffset.UTC);
    this.actorSub = actorSub;
    this.actorRole = actorRole;
    this.action = action;
    this.attempted = attempted;
    this.resourceType = resourceType;
    this.resourceId = resourceId;
    this.requestId = requestId;
    this.clientIp = clientIp;
    this.outcome = action == AuditAction.DENIED ? "DENIED" : "SUCCESS";
  }

  public String id() {
    return id;
  }

  public Instant at() {
    return at.toInstant();
  }

  public String actorSub() {
    return actorSub;
  }

  public String actorRole() {
    return actorRole;
  }

  public AuditAction action() {
    return action;
  }

  public AuditAction attempted() {
    return attempted;
  }

  public String resourceType() {
    return resourceType;
  }

  public String resourceId() {
    return resourceId;
  }

  public String requestId() {
    return requestId;
  }

  public String clientIp() {
    return clientIp;
  }

  public String outcome() {
    return outcome;
  }
}
