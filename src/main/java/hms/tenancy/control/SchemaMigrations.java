package hms.tenancy.control;

import hms.tenancy.entity.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway for the platform schema and for each tenant's schema, each with its own history table.
 * Migrations are idempotent and resumable: a schema half-migrated by an interrupted run is
 * completed by the next. Flyway commits on its own, so it uses the non-transactional data source
 * jdbc/hmsMigrations, whose pool is apart from the requests' pool, and runs outside JTA.
 */
@ApplicationScoped
public class SchemaMigrations {
  /**
   * The version of the newest tenant migration in {@code db/tenant}. Requests to a tenant whose
   * schema is behind it wait (503); a unit test keeps it equal to the newest file.
   */
  public static final int TENANT_SCHEMA_VERSION = 11;

  static final String PLATFORM_SCHEMA = "platform";

  @Resource(lookup = "jdbc/hmsMigrations")
  DataSource dataSource;

  public void migratePlatform() {
    flyway(PLATFORM_SCHEMA, "db/platform").migrate();
  }

  /**
   * Flyway holds two connections while it migrates (its lock and its work). With the migrations
   * pool at four, two migrations at once: a third would take a connection that the others wait for,
   * and four concurrent provisionings deadlocked the pool until its 30 s timeout.
   */
  static final int CONCURRENT = 2;

  private final Semaphore running = new Semaphore(CONCURRENT, true);

  /** Creates the tenant's schema if needed and applies what it lacks; returns its version. */
  public int migrateTenant(TenantId tenant) {
    try {
      if (!running.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new TenancyProblems.Unavailable();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TenancyProblems.Unavailable();
    }
    MigrateResult result;
    try {
      result = flyway(tenant.schema(), "db/tenant").migrate();
    } finally {
      running.release();
    }
    String reached = result.targetSchemaVersion;
    return reached == null ? TENANT_SCHEMA_VERSION : Integer.parseInt(reached);
  }

  private Flyway flyway(String schema, String location) {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        // Liberty (like WebSphere) finds a location only by the empty flyway.location file in
        // it; db/callback, Flyway's default callback location, has one for the same reason.
        .locations("classpath:" + location)
        .failOnMissingLocations(true)
        // All pending migrations in one transaction (PostgreSQL's DDL is transactional): a new
        // tenant's schema appears whole or not at all, with one commit instead of one per file
        // (faster provisioning: docs/benchmarks.md, "Second pass: provisioning at scale").
        .group(true)
        .load();
  }
}
