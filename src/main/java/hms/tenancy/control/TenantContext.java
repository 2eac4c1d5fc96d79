package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of this request and the caller's role in it, set once by {@code TenantFilter} before
 * any resource runs. Every feature asks this, never the header.
 */
@RequestScoped
public class TenantContext {
  private TenantId tenant;
  private TenantRole role;
  private String userSub;

  /** Sets the request's tenant; only the tenant filter calls this, once per request. */
  public void enter(TenantId tenant, TenantRole role, String userSub) {
    if (this.tenant != null) {
      throw new IllegalStateException("The tenant of a request is set once");
    }
    this.tenant = tenant;
    this.role = role;
    this.userSub = userSub;
  }

  /** Whether the tenant filter has set the tenant: an {@code /api} request of a member. */
  public boolean entered() {
    return tenant != null;
  }

  public TenantId tenant() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant: not an /api request");
    }
    return tenant;
  }

  public TenantRole role() {
    tenant();
    return role;
  }

  public String userSub() {
    tenant();
    return userSub;
  }
}
