package hms.tenancy.control;

import hms.tenancy.entity.Tenant;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up: the platform schema first, then only the tenants whose recorded schema version is
 * behind the code's, so that a start with thousands of current tenants asks one query, not one per
 * schema. Tenants behind answer 503 until their turn; a failure is logged and retried at the next
 * start or provisioning request, without stopping the others.
 */
@ApplicationScoped
public class StartupMigrations {
  private static final Logger LOG = Logger.getLogger(StartupMigrations.class.getName());

  void migrate(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      SchemaMigrations migrations,
      TenantRepository tenants,
      TenantRegistry registry) {
    migrations.migratePlatform();
    List<Tenant> behind = tenants.behind(SchemaMigrations.TENANT_SCHEMA_VERSION);
    for (Tenant tenant : behind) {
      try {
        registry.migrated(tenant.id(), migrations.migrateTenant(tenant.id()));
      } catch (RuntimeException e) {
        LOG.severe("Migrating tenant " + tenant.id() + " failed; it answers 503: " + e);
      }
    }
    LOG.info("Schemas migrated: platform and " + behind.size() + " tenant(s) behind");
  }
}
