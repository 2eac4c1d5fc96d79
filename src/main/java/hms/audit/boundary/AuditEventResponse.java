package hms.audit.boundary;

import hms.access.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event, with the names of who did it and of what it names. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
    @Schema(required = true) String id,
    @Schema(required = true) Instant at,
    @Schema(required = true) String actorSub,
    @Schema(
            description =
                "The actor's display name in this hospital, else their e-mail; absent when the"
                    + " actor was never a member (a platform administrator, a stranger refused"
                    + " at the door).")
        String actorName,
    @Schema(description = "The actor's e-mail, when a member (also a removed one).")
        String actorEmail,
    @Schema(required = true) String actorRole,
    @Schema(required = true) AuditAction action,
    @Schema(description = "For DENIED: the refused action.") AuditAction attempted,
    @Schema(required = true, example = "PATIENT") String resourceType,
    String resourceId,
    @Schema(
            description =
                "What the resource is, for the roles that may read it; absent when withheld,"
                    + " deleted or unknown (show the type and the id).")
        Label resourceLabel,
    @Schema(required = true) String requestId,
    String clientIp,
    @Schema(
            required = true,
            enumeration = {"SUCCESS", "DENIED"})
        String outcome) {

  /** How the trail names a resource. */
  @Schema(name = "AuditResourceLabel")
  public record Label(
      @Schema(
              required = true,
              description =
                  "A patient's \"name · MRN\" (also for their appointments and records),"
                      + " a member's name.")
          String text,
      @Schema(
              format = "uuid",
              description =
                  "The patient the resource belongs to. For a list of a patient's records (a"
                      + " SEARCH of RECORD, audited with the patient's id) it is the resource id"
                      + " itself: the text names whose records were listed.")
          UUID patientId,
      @Schema(description = "An appointment's or record's type, e.g. CONSULTATION.") String kind,
      @Schema(description = "An appointment's start, a record's creation.") Instant at) {}

  static AuditEventResponse of(AuditEntry entry) {
    AuditEvent e = entry.event();
    ResourceLabel l = entry.label();
    return new AuditEventResponse(
        e.id(),
        e.at(),
        e.actorSub(),
        entry.actorName(),
        entry.actorEmail(),
        e.actorRole(),
        e.action(),
        e.attempted(),
        e.resourceType(),
        e.resourceId(),
        l == null ? null : new Label(l.text(), l.patientId(), l.kind(), l.at()),
        e.requestId(),
        e.clientIp(),
        e.outcome());
  }
}
