package hms.audit.boundary;

import hms.audit.entity.AuditEvent;
import hms.tenancy.entity.StaffName;

/**
 * One event as people read it: who (null: no member of this hospital, such as a platform
 * administrator or a stranger refused at the door) and what it names (null: withheld, deleted or
 * unknown).
 */
public record AuditEntry(AuditEvent event, StaffName actor, ResourceLabel label) {

  /** The hospital-given display name, else the e-mail; null when the actor is no member. */
  public String actorName() {
    if (actor == null) {
      return null;
    }
    return actor.displayName() != null ? actor.displayName() : actor.email();
  }

  public String actorEmail() {
    return actor == null ? null : actor.email();
  }
}
