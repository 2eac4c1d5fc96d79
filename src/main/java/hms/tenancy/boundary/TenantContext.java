package hms.tenancy.boundary;

import hms.tenancy.control.TenancyProblems;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;

/**
 * The tenant of this request and the caller's role in it, set once by {@link TenantFilter} before
 * any resource runs. Every feature asks this, never the header.
 */
@RequestScoped
public class TenantContext {
  private TenantId tenant;
  private TenantRole role;
  private String userSub;

  void enter(TenantId tenant, TenantRole role, String userSub) {
    if (this.tenant != null) {
      throw new IllegalStateException("The tenant of a request is set once");
    }
    this.tenant = tenant;
    this.role = role;
    this.userSub = userSub;
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

  /** Refuses with 403 unless the caller has one of the roles in this tenant. */
  public void requireRole(TenantRole... allowed) {
    if (Arrays.stream(allowed).noneMatch(r -> r == role())) {
      throw new TenancyProblems.RoleForbids();
    }
  }
}
