package hms.audit.boundary;

import hms.access.boundary.AccessDenied;
import hms.access.entity.Rule;
import hms.auth.boundary.Caller;
import hms.tenancy.control.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rules applied to the request's caller: the guard's check before a use case, and the
 * refinements a use case checks on its data. A refusal is thrown as {@link AccessDenied}, which the
 * guard audits.
 */
@ApplicationScoped
public class Permissions {
  private final TenantContext tenant;
  private final Caller caller;

  /** For the CDI proxy only. */
  protected Permissions() {
    this(null, null);
  }

  @Inject
  public Permissions(TenantContext tenant, Caller caller) {
    this.tenant = tenant;
    this.caller = caller;
  }

  public boolean allows(Rule rule) {
    return switch (rule.who().kind()) {
      case ANYONE, SIGNED_IN -> true; // the token filter already refused a missing token
      case PLATFORM_ADMINS -> caller.isPlatformAdmin();
      case MEMBERS -> rule.who().admits(tenant.role());
    };
  }

  /** Refuses with 403 unless the caller may. */
  public void require(Rule rule) {
    if (!allows(rule)) {
      throw new AccessDenied();
    }
  }
}
