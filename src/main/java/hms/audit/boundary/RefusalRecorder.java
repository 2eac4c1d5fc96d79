package hms.audit.boundary;

import hms.access.entity.AuditAction;
import hms.audit.control.AuditTrail;
import hms.audit.control.SecurityLog;
import hms.audit.entity.SecurityEvent;
import hms.tenancy.boundary.TenantRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every refused hospital (tenancy's {@link TenantRefusal}): in that hospital's own trail
 * when it has one, so that its ADMINs see who tried; in the platform's security log otherwise. Each
 * record commits on its own; one that fails is logged and the refusal's answer goes out as it would
 * have.
 */
@ApplicationScoped
public class RefusalRecorder {
  static final String NOT_MEMBER = "NOT_MEMBER";
  static final String RESOURCE = "TENANT";

  private static final Logger LOG = Logger.getLogger(RefusalRecorder.class.getName());

  private final AuditTrail trail;
  private final SecurityLog log;
  private final RequestOrigin origin;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected RefusalRecorder() {
    this(null, null, null, null);
  }

  @Inject
  public RefusalRecorder(AuditTrail trail, SecurityLog log, RequestOrigin origin, Clock clock) {
    this.trail = trail;
    this.log = log;
    this.origin = origin;
    this.clock = clock;
  }

  void record(@Observes TenantRefusal refusal) {
    try {
      if (refusal.trail().isPresent()) {
        String role = refusal.role().map(Enum::name).orElse(NOT_MEMBER);
        trail.deniedIn(
            refusal.trail().get(),
            new AuditTrail.Actor(refusal.userSub(), role, origin.requestId(), origin.clientIp()),
            new AuditTrail.Act(AuditAction.ACCESS, RESOURCE, null));
      } else {
        log.record(
            new SecurityEvent(
                clock.instant(),
                refusal.userSub(),
                AuditAction.ACCESS,
                refusal.requested(),
                refusal.reason().name(),
                origin.requestId(),
                origin.clientIp()));
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Could not record the refusal of a hospital to "
                  + refusal.userSub()
                  + " (request "
                  + origin.requestId()
                  + ")");
    }
  }
}
