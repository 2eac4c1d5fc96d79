package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Membership;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The transactional steps of provisioning, each idempotent so that an interrupted provisioning is
 * completed by the next attempt.
 */
@ApplicationScoped
public class TenantRegistry {
  private final TenantRepository tenants;
  private final MembershipRepository memberships;
  private final TenantAccessCache cache;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected TenantRegistry() {
    this(null, null, null, null);
  }

  @Inject
  public TenantRegistry(
      TenantRepository tenants,
      MembershipRepository memberships,
      TenantAccessCache cache,
      Clock clock) {
    this.tenants = tenants;
    this.memberships = memberships;
    this.cache = cache;
    this.clock = clock;
  }

  /** Registers the tenant as PROVISIONING; resumes one left PROVISIONING; refuses the rest. */
  @Transactional
  public void register(TenantId id, String name) {
    Tenant existing = tenants.lock(id).orElse(null);
    if (existing == null) {
      tenants.add(new Tenant(id, name, clock.instant()));
    } else if (existing.status() == TenantStatus.PROVISIONING) {
      existing.rename(name, clock.instant());
    } else {
      throw new TenancyProblems.TenantExists();
    }
  }

  /** Makes the user the tenant's ADMIN and the tenant ACTIVE at the given schema version. */
  @Transactional
  public Tenant activate(TenantId id, String adminSub, String adminEmail, int schemaVersion) {
    Tenant tenant = tenants.lock(id).orElseThrow();
    Instant now = clock.instant();
    memberships
        .find(id, adminSub)
        .ifPresentOrElse(
            m -> m.reactivate(TenantRole.ADMIN, now),
            () -> memberships.add(new Membership(id, adminSub, adminEmail, TenantRole.ADMIN, now)));
    tenant.schemaMigratedTo(schemaVersion, now);
    tenant.activate(now);
    cache.forget(id);
    return tenant;
  }

  /** Records a migration done at start-up. */
  @Transactional
  public void migrated(TenantId id, int schemaVersion) {
    tenants.lock(id).ifPresent(t -> t.schemaMigratedTo(schemaVersion, clock.instant()));
    cache.forget(id);
  }
}
