package hms.audit.control;

import hms.audit.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import hms.tenancy.boundary.TenantContext;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Writes audit events for the request's tenant and caller: successes in the action's own
 * transaction (no action without its record, no record without its action), refusals in a
 * transaction of their own, so that they survive the refused request's rollback.
 */
@ApplicationScoped
public class AuditTrail {
  static final String REQUEST_ID_HEADER = "X-Request-ID";
  private static final String REQUEST_ID_ATTRIBUTE = AuditTrail.class.getName() + ".requestId";

  private final TenantContext tenant;
  private final TenantEntityManagers tenantEm;
  private final HttpServletRequest request;

  /** For the CDI proxy only. */
  protected AuditTrail() {
    this(null, null, null);
  }

  @Inject
  public AuditTrail(
      TenantContext tenant, TenantEntityManagers tenantEm, HttpServletRequest request) {
    this.tenant = tenant;
    this.tenantEm = tenantEm;
    this.request = request;
  }

  /** Records a successful action; must run inside the action's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void success(AuditAction action, String resourceType, String resourceId) {
    tenantEm.current().persist(event(action, null, resourceType, resourceId));
  }

  /** Records a refused attempt, committed whatever happens to the request. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(AuditAction attempted, String resourceType, String resourceId) {
    EntityManager em = tenantEm.separate();
    try {
      em.persist(event(AuditAction.DENIED, attempted, resourceType, resourceId));
      em.flush();
    } finally {
      em.close();
    }
  }

  private AuditEvent event(
      AuditAction action, AuditAction attempted, String resourceType, String resourceId) {
    return new AuditEvent(
        tenant.userSub(),
        tenant.role().name(),
        action,
        attempted,
        resourceType,
        resourceId,
        requestId(),
        request.getRemoteAddr());
  }

  /** The client's X-Request-ID when it is sane, otherwise one made for this request. */
  private String requestId() {
    Object known = request.getAttribute(REQUEST_ID_ATTRIBUTE);
    if (known != null) {
      return known.toString();
    }
    String given = request.getHeader(REQUEST_ID_HEADER);
    String id =
        given != null && given.matches("[A-Za-z0-9._:-]{1,64}")
            ? given
            : UUID.randomUUID().toString();
    request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
    return id;
  }
}
