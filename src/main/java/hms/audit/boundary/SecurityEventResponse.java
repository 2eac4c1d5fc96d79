package hms.audit.boundary;

import hms.access.entity.AuditAction;
import hms.audit.entity.SecurityEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One refused attempt in the platform's security log. */
@Schema(name = "SecurityEvent")
public record SecurityEventResponse(
    @Schema(required = true) String id,
    @Schema(required = true) Instant at,
    @Schema(required = true) String actorSub,
    @Schema(required = true, example = "DENIED") AuditAction action,
    @Schema(required = true, example = "ACCESS") AuditAction attempted,
    @Schema(
            required = true,
            description =
                "The hospital id asked for, as sent (control characters replaced, at most 64"
                    + " characters).")
        String requestedTenant,
    @Schema(
            required = true,
            enumeration = {"MALFORMED_ID", "UNKNOWN_TENANT", "NOT_MEMBER", "SUSPENDED"},
            description =
                "NOT_MEMBER and SUSPENDED appear here only for a hospital whose trail is not"
                    + " ready yet; otherwise they are in the hospital's own audit trail.")
        String reason,
    @Schema(required = true) String requestId,
    String clientIp,
    @Schema(
            required = true,
            enumeration = {"DENIED"})
        String outcome) {

  static SecurityEventResponse of(SecurityEvent e) {
    return new SecurityEventResponse(
        e.id(),
        e.at(),
        e.actorSub(),
        e.action(),
        e.attempted(),
        e.requestedTenant(),
        e.reason(),
        e.requestId(),
        e.clientIp(),
        e.outcome());
  }
}
