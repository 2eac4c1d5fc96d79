package hms.tenancy.control;

import hms.auth.control.CognitoDirectory;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Creates a tenant: registry row, schema and migrations, first administrator (invited through
 * Cognito when unknown). Each step is idempotent, so repeating the request after a failure at any
 * step finishes the job.
 */
@ApplicationScoped
public class TenantProvisioning {
  private final TenantRegistry registry;
  private final SchemaMigrations migrations;
  private final CognitoDirectory directory;

  /** For the CDI proxy only. */
  protected TenantProvisioning() {
    this(null, null, null);
  }

  @Inject
  public TenantProvisioning(
      TenantRegistry registry, SchemaMigrations migrations, CognitoDirectory directory) {
    this.registry = registry;
    this.migrations = migrations;
    this.directory = directory;
  }

  /** Flyway commits on its own, so no transaction may surround this. */
  @Transactional(TxType.NOT_SUPPORTED)
  public Tenant provision(TenantId id, String name, String adminEmail) {
    registry.register(id, name);
    int version = migrations.migrateTenant(id);
    String adminSub = directory.findOrInvite(adminEmail);
    return registry.activate(id, adminSub, adminEmail, version);
  }
}
