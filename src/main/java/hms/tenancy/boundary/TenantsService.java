package hms.tenancy.boundary;

import hms.auth.boundary.Caller;
import hms.auth.entity.EmailAddress;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.control.TenantAccessCache;
import hms.tenancy.control.TenantProvisioning;
import hms.tenancy.control.TenantRepository;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** Platform administration of tenants: only the platform-admin group, never a tenant's data. */
@ApplicationScoped
public class TenantsService {
  private final Caller caller;
  private final TenantProvisioning provisioning;
  private final TenantRepository tenants;
  private final TenantAccessCache cache;

  /** For the CDI proxy only. */
  protected TenantsService() {
    this(null, null, null, null);
  }

  @Inject
  public TenantsService(
      Caller caller,
      TenantProvisioning provisioning,
      TenantRepository tenants,
      TenantAccessCache cache) {
    this.caller = caller;
    this.provisioning = provisioning;
    this.tenants = tenants;
    this.cache = cache;
  }

  public Tenant create(TenantId id, String name, String adminEmail) {
    requirePlatformAdmin();
    return provisioning.provision(id, name, EmailAddress.normalize(adminEmail));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Tenant> list(PageRequest page) {
    requirePlatformAdmin();
    return Page.of(tenants.page(page.offset(), page.size()), page, tenants::count);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Tenant get(String id) {
    requirePlatformAdmin();
    return TenantId.parse(id).flatMap(tenants::find).orElseThrow(NotFoundException::new);
  }

  @Transactional
  public Tenant update(String id, UpdateTenantRequest change) {
    requirePlatformAdmin();
    TenantId tenantId = TenantId.parse(id).orElseThrow(NotFoundException::new);
    Tenant tenant = tenants.lock(tenantId).orElseThrow(NotFoundException::new);
    if (change.name() != null) {
      tenant.rename(change.name());
    }
    if (change.status() != null) {
      try {
        tenant.changeStatus(change.status());
      } catch (IllegalStateException e) {
        throw new TenancyProblems.Unavailable();
      }
    }
    cache.forget(tenantId);
    return tenant;
  }

  private void requirePlatformAdmin() {
    if (!caller.isPlatformAdmin()) {
      throw new TenancyProblems.RoleForbids();
    }
  }
}
