package hms.audit.control;

import hms.audit.entity.AuditAction;
import hms.tenancy.boundary.TenantContext;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.entity.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A feature's role matrix applied to the request's caller: a refusal is a 403, recorded as DENIED
 * with the refused action before it is thrown. Each feature keeps its own matrix.
 */
@ApplicationScoped
public class AuditedAccess {
  private final TenantContext tenant;
  private final AuditTrail audit;

  /** For the CDI proxy only. */
  protected AuditedAccess() {
    this(null, null);
  }

  @Inject
  public AuditedAccess(TenantContext tenant, AuditTrail audit) {
    this.tenant = tenant;
    this.audit = audit;
  }

  public boolean allows(Set<TenantRole> roles) {
    return roles.contains(tenant.role());
  }

  /** Refuses with 403, audited as DENIED, unless the caller's role is one of the roles. */
  public void require(
      Set<TenantRole> roles, AuditAction attempted, String resourceType, String resourceId) {
    if (!allows(roles)) {
      audit.denied(attempted, resourceType, resourceId);
      throw new TenancyProblems.RoleForbids();
    }
  }
}
