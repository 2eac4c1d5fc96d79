package hms.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.TenantSchemas;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void theCodesTenantVersionIsTheNewestTenantMigration() {
    assertEquals(newestScript('V'), SchemaMigrations.TENANT_SCHEMA_VERSION);
  }

  @Test
  void theNewTenantsBaselineIsOneOfTheVersions() {
    // A baseline ahead of the versioned migrations would give new tenants a schema that old
    // tenants never reach; TenantBaselineIT checks that it equals the migrations up to it.
    int baseline = newestScript('B');
    assertTrue(
        baseline <= SchemaMigrations.TENANT_SCHEMA_VERSION,
        "baseline B" + baseline + " is ahead of V" + SchemaMigrations.TENANT_SCHEMA_VERSION);
  }

  private static int newestScript(char kind) {
    return TenantSchemas.newestScript(kind);
  }
}
