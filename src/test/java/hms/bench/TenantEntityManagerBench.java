package hms.bench;

import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantSchema;
import hms.tenancy.entity.TenantSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * What a tenant-scoped request pays for its own EntityManager: EclipseLink with the production
 * persistence unit (RESOURCE_LOCAL here, outside the server), against a real PostgreSQL.
 *
 * <p>Three loops, each warmed up first: (a) create the tenant EntityManager and close it; (b) the
 * same plus one find() by id, a database round trip; (c) the same query over plain JDBC, the floor.
 * Run by bench/tenant-em.sh; the figures go to docs/benchmarks.md.
 */
public final class TenantEntityManagerBench {
  private static final int WARMUP = 20_000;
  private static final int RUNS = 100_000;

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/hms";
    String user = args.length > 1 ? args[1] : "postgres";
    TenantId tenant = new TenantId("bench_em");
    Flyway.configure()
        .dataSource(url, user, "")
        .schemas(tenant.schema())
        .defaultSchema(tenant.schema())
        .createSchemas(true)
        .locations("classpath:db/tenant")
        .load()
        .migrate();

    Map<String, Object> unit = new HashMap<>();
    unit.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    unit.put("jakarta.persistence.jtaDataSource", "");
    unit.put("jakarta.persistence.jdbc.url", url);
    unit.put("jakarta.persistence.jdbc.user", user);
    unit.put("jakarta.persistence.jdbc.password", "");
    unit.put("eclipselink.connection-pool.default.initial", "1");
    unit.put("eclipselink.connection-pool.default.max", "1");
    EntityManagerFactory factory = Persistence.createEntityManagerFactory("hms", unit);
    Map<String, Object> tenantProperty = Map.of(TenantSchema.PROPERTY, tenant.quotedSchema());

    double create =
        measure(
            () -> {
              EntityManager em = factory.createEntityManager(tenantProperty);
              em.close();
            });
    double createAndFind =
        measure(
            () -> {
              EntityManager em = factory.createEntityManager(tenantProperty);
              em.find(TenantSettings.class, TenantSettings.ID);
              em.close();
            });
    double jdbc;
    try (Connection connection = DriverManager.getConnection(url, user, "");
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, time_zone, updated_at, version FROM "
                    + tenant.quotedSchema()
                    + ".settings WHERE id = ?")) {
      jdbc =
          measure(
              () -> {
                query.setShort(1, TenantSettings.ID);
                try (ResultSet row = query.executeQuery()) {
                  row.next();
                }
              });
    }
    factory.close();

    System.out.printf(
        Locale.ROOT,
        "runs per loop: %d after %d warm-up%n"
            + "(a) create + close tenant EntityManager: %.2f us/op%n"
            + "(b) (a) + find() by id, one round trip: %.2f us/op%n"
            + "(c) the same query over plain JDBC:     %.2f us/op%n"
            + "EntityManager overhead over JDBC: %.2f us/op%n",
        RUNS,
        WARMUP,
        create,
        createAndFind,
        jdbc,
        createAndFind - jdbc);
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Microseconds per run, after a warm-up of the same loop. */
  private static double measure(Step step) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      step.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      step.run();
    }
    return (System.nanoTime() - start) / 1_000.0 / RUNS;
  }
}
