package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Rule;
import hms.auth.boundary.AccountService;
import hms.auth.entity.EmailAddress;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.problems.entity.ProblemException;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.control.TenantAccessCache;
import hms.tenancy.control.TenantProvisioning;
import hms.tenancy.control.TenantRepository;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;

/** Platform administration of tenants: only the platform-admin group, never a tenant's data. */
@ApplicationScoped
public class TenantsService {
  private final AccountService accounts;
  private final TenantProvisioning provisioning;
  private final TenantRepository tenants;
  private final TenantAccessCache cache;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected TenantsService() {
    this(null, null, null, null, null);
  }

  @Inject
  public TenantsService(
      AccountService accounts,
      TenantProvisioning provisioning,
      TenantRepository tenants,
      TenantAccessCache cache,
      Clock clock) {
    this.accounts = accounts;
    this.provisioning = provisioning;
    this.tenants = tenants;
    this.cache = cache;
    this.clock = clock;
  }

  @Guarded(Rule.TENANT_CREATE)
  public Tenant create(TenantId id, String name, String adminEmail) {
    String email = EmailAddress.normalize(adminEmail);
    return provisioning.provision(id, name, email, () -> accounts.invite(email).sub());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.TENANT_READ)
  public Page<Tenant> list(PageRequest page) {
    return Page.of(tenants.page(page.offset(), page.size()), page, tenants::count);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.TENANT_READ)
  public Tenant get(String id) {
    return TenantId.parse(id).flatMap(tenants::find).orElseThrow(NotFoundException::new);
  }

  @Transactional
  @Guarded(Rule.TENANT_UPDATE)
  public Tenant update(@Subject String id, UpdateTenantRequest change) {
    if (change.status() == TenantStatus.PROVISIONING) {
      throw ProblemException.invalid("status", "must be ACTIVE or SUSPENDED");
    }
    TenantId tenantId = TenantId.parse(id).orElseThrow(NotFoundException::new);
    Tenant tenant = tenants.lock(tenantId).orElseThrow(NotFoundException::new);
    Instant now = clock.instant();
    if (change.name() != null) {
      tenant.rename(change.name(), now);
    }
    if (change.status() != null) {
      try {
        tenant.changeStatus(change.status(), now);
      } catch (IllegalStateException e) {
        throw new TenancyProblems.Unavailable();
      }
    }
    cache.forget(tenantId);
    return tenant;
  }
}
