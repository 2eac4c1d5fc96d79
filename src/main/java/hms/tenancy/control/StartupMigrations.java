package hms.tenancy.control;

import hms.tenancy.entity.Tenant;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up: the platform schema first, before the application starts; then the tenants whose
 * recorded schema version is behind the code's, one after another, in the background. A start with
 * thousands of current tenants asks one query, not one per schema, and a start with thousands of
 * tenants behind is ready as soon as the platform is: each tenant answers 503 until its turn (the
 * request path checks the version). A failure is logged and retried at the next start or
 * provisioning request, without stopping the others.
 */
@ApplicationScoped
public class StartupMigrations {
  private static final Logger LOG = Logger.getLogger(StartupMigrations.class.getName());

  @Resource ManagedExecutorService executor;

  void migrate(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      SchemaMigrations migrations,
      TenantRepository tenants,
      TenantRegistry registry) {
    migrations.migratePlatform();
    List<Tenant> behind = tenants.behind(SchemaMigrations.TENANT_SCHEMA_VERSION);
    LOG.info(
        "Schemas migrated: platform; "
            + behind.size()
            + " tenant(s) behind, migrated in the background");
    if (!behind.isEmpty()) {
      executor.execute(() -> migrateTenants(behind, migrations, registry));
    }
  }

  private static void migrateTenants(
      List<Tenant> behind, SchemaMigrations migrations, TenantRegistry registry) {
    long start = System.nanoTime();
    int done = 0;
    for (Tenant tenant : behind) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      try {
        registry.migrated(tenant.id(), migrations.migrateTenant(tenant.id()));
        done++;
      } catch (RuntimeException e) {
        LOG.severe("Migrating tenant " + tenant.id() + " failed; it answers 503: " + e);
      }
    }
    LOG.info(
        "Tenant migrations done: "
            + done
            + " of "
            + behind.size()
            + " in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
  }
}
