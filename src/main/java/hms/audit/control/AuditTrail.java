package hms.audit.control;

import hms.access.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import hms.tenancy.control.TenantContext;
import hms.tenancy.control.TenantEntityManagers;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit events: successes in the action's own transaction (no action without its record, no
 * record without its action), refusals in a transaction of their own, so that they survive the
 * refused request's rollback.
 */
@ApplicationScoped
public class AuditTrail {
  /** The longest resource id the trail holds (a UUID); a longer one names no resource. */
  static final int MAX_RESOURCE_ID = 36;

  private static final String TABLE = "audit_events";

  /** Who acted, and from where. */
  public record Actor(String sub, String role, String requestId, String clientIp) {}

  /** What was done (or refused) to which resource; the id may be null (a search). */
  public record Act(AuditAction action, String resourceType, String resourceId) {}

  private final TenantContext tenant;
  private final TenantEntityManagers tenantEm;
  private final Clock clock;

  @PersistenceContext(unitName = "hms")
  EntityManager platform;

  /** For the CDI proxy only. */
  protected AuditTrail() {
    this(null, null, null);
  }

  @Inject
  public AuditTrail(TenantContext tenant, TenantEntityManagers tenantEm, Clock clock) {
    this.tenant = tenant;
    this.tenantEm = tenantEm;
    this.clock = clock;
  }

  /**
   * Records a success in the request's hospital; must run inside the action's transaction, after
   * the action's work. Sets how that transaction commits ({@link AuditInsert}): asynchronously when
   * it only read, so far; changes still pending in the EntityManager are written first, so that the
   * statement sees them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void success(Actor actor, Act act) {
    EntityManager em = tenantEm.current();
    boolean onlyReads = act.action().onlyReads();
    if (onlyReads) {
      em.flush();
    }
    AuditInsert.execute(
        em,
        AuditInsert.setsCommit(tenantEm.qualified(TABLE), onlyReads),
        event(actor, act.action(), null, act));
  }

  /** Records a refused attempt in the request's hospital, committed whatever happens next. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(Actor actor, Act attempted) {
    EntityManager em = tenantEm.separate();
    try {
      em.persist(event(actor, AuditAction.DENIED, attempted.action(), attempted));
      em.flush();
    } finally {
      em.close();
    }
  }

  /**
   * Records a success in a hospital the request does not work in (the platform's changes to it), in
   * the action's transaction when there is one.
   */
  @Transactional
  public void successIn(TenantId hospital, Actor actor, Act act) {
    tenantEm.inTenant(hospital, em -> em.persist(event(actor, act.action(), null, act)));
  }

  /**
   * Records a refused attempt on a hospital the caller could not enter (the request has no hospital
   * of its own), committed on its own. Written by a native statement through the platform's
   * EntityManager: the hospital's own factory would cost a refused request tens of milliseconds to
   * create where an unknown hospital's refusal costs none (the difference would tell which ids
   * exist), and a caller naming many hospitals would push the busy ones' factories out of memory.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deniedIn(TenantId hospital, Actor actor, Act attempted) {
    AuditInsert.execute(
        platform,
        AuditInsert.plain(tenantEm.qualified(hospital, TABLE)),
        event(actor, AuditAction.DENIED, attempted.action(), attempted));
  }

  /** The request's caller in its hospital, from where the request came. */
  public Actor member(String requestId, String clientIp) {
    return new Actor(tenant.userSub(), tenant.role().name(), requestId, clientIp);
  }

  AuditEvent event(Actor actor, AuditAction action, AuditAction attempted, Act act) {
    String id = act.resourceId();
    return new AuditEvent(
        clock.instant(),
        actor.sub(),
        actor.role(),
        action,
        attempted,
        act.resourceType(),
        id != null && id.length() <= MAX_RESOURCE_ID ? id : null,
        actor.requestId(),
        actor.clientIp());
  }
}
