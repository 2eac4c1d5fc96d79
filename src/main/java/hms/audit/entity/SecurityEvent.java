package hms.audit.entity;

import hms.access.entity.AuditAction;
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

/**
 * A refused attempt recorded by the platform, not by a hospital: a hospital id that names no
 * hospital whose trail could hold it. Immutable here and append-only in the database; no PHI.
 */
@Entity
@Table(name = "security_events", schema = "platform")
public class SecurityEvent {
  @Id private String id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_sub", nullable = false)
  private String actorSub;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction attempted;

  @Column(name = "requested_tenant", nullable = false)
  private String requestedTenant;

  @Column(nullable = false)
  private String reason;

  @Column(name = "request_id", nullable = false)
  private String requestId;

  @Column(name = "client_ip")
  private String clientIp;

  @Column(nullable = false)
  private String outcome;

  protected SecurityEvent() {}

  /** A refused attempt at the action, for the reason given. */
  public SecurityEvent(
      Instant at,
      String actorSub,
      AuditAction attempted,
      String requestedTenant,
      String reason,
      String requestId,
      String clientIp) {
    this.id = UUID.randomUUID().toString();
    this.at = at.atOffset(ZoneOffset.UTC);
    this.actorSub = actorSub;
    this.action = AuditAction.DENIED;
    this.attempted = attempted;
    this.requestedTenant = requestedTenant;
    this.reason = reason;
    this.requestId = requestId;
    this.clientIp = clientIp;
    this.outcome = "DENIED";
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

  public AuditAction action() {
    return action;
  }

  public AuditAction attempted() {
    return attempted;
  }

  public String requestedTenant() {
    return requestedTenant;
  }

  public String reason() {
    return reason;
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
