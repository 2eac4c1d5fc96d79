package hms.audit.boundary;

import hms.access.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
    @Schema(required = true) String id,
    @Schema(required = true) Instant at,
    @Schema(required = true) String actorSub,
    @Schema(required = true) String actorRole,
    @Schema(required = true) AuditAction action,
    @Schema(description = "For DENIED: the refused action.") AuditAction attempted,
    @Schema(required = true, example = "PATIENT") String resourceType,
    String resourceId,
    @Schema(required = true) String requestId,
    String clientIp,
    @Schema(
            required = true,
            enumeration = {"SUCCESS", "DENIED"})
        String outcome) {

  static AuditEventResponse of(AuditEvent e) {
    return new AuditEventResponse(
        e.id(),
        e.at(),
        e.actorSub(),
        e.actorRole(),
        e.action(),
        e.attempted(),
        e.resourceType(),
        e.resourceId(),
        e.requestId(),
        e.clientIp(),
        e.outcome());
  }
}
