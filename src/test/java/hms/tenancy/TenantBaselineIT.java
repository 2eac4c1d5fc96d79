package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Sql;
import hms.it.TenantSchemas;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.tenancy.control.SchemaMigrations;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new tenant's schema comes from one baseline script (db/tenant/B*), an old tenant's from the
 * versioned migrations one after another: both must end up the same.
 */
class TenantBaselineIT {

  @Test
  void aNewTenantsBaselineEqualsTheMigrationsAppliedOneAfterAnother() throws SQLException {
    Hospital hospital = Tenants.create("baseline");
    String schema = "t_" + hospital.id();
    String chain = "t_" + Tenants.uniqueId("chain");
    TenantSchemas.migrateVersionsUpTo(chain, SchemaMigrations.TENANT_SCHEMA_VERSION);

    List<String> expected = TenantSchemas.shape(chain);
    assertTrue(expected.size() > 150, "the shape covers every table: " + expected.size());
    assertEquals(expected, TenantSchemas.shape(schema));
    // The new tenant got the baseline, then only the versioned migrations after it.
    int baseline = TenantSchemas.newestScript('B');
    String history = "\"" + schema + "\".flyway_schema_history";
    assertEquals(
        1,
        Sql.number(
            "SELECT count(*) FROM "
                + history
                + " WHERE type LIKE '%BASELINE%' AND version = '"
                + baseline
                + "'"));
    assertEquals(
        SchemaMigrations.TENANT_SCHEMA_VERSION - baseline,
        Sql.number("SELECT count(*) FROM " + history + " WHERE type = 'SQL'"));
  }
}
