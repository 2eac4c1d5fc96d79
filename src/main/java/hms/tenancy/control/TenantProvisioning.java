package hms.tenancy.control;

import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Creates a tenant: registry row, schema and migrations, first administrator (found or invited by
 * the caller's function, which the identity provider answers). Each step is idempotent, so
 * repeating the request after a failure at any step finishes the job.
 */
@ApplicationScoped
public class TenantProvisioning {
  private final TenantRegistry registry;
  private final SchemaMigrations migrations;

  /** For the CDI proxy only. */
  protected TenantProvisioning() {
    this(null, null);
  }

  @Inject
  public TenantProvisioning(TenantRegistry registry, SchemaMigrations migrations) {
    this.registry = registry;
    this.migrations = migrations;
  }

  /** Flyway commits on its own, so no transaction may surround this. */
  @Transactional(TxType.NOT_SUPPORTED)
  public Tenant provision(
      TenantId id, String name, String adminEmail, Supplier<String> adminSubOfEmail) {
    registry.register(id, name);
    int version = migrations.migrateTenant(id);
    String adminSub = adminSubOfEmail.get();
    return registry.activate(id, adminSub, adminEmail, version);
  }
}
