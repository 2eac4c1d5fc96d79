package hms.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void theCodesTenantVersionIsTheNewestTenantMigration() throws IOException {
    assertEquals(newestScript('V'), SchemaMigrations.TENANT_SCHEMA_VERSION);
  }

  @Test
  void theNewTenantsBaselineIsOneOfTheVersions() throws IOException {
    // A baseline ahead of the versioned migrations would give new tenants a schema that old
    // tenants never reach; TenantBaselineIT checks that it equals the migrations up to it.
    int baseline = newestScript('B');
    assertTrue(
        baseline <= SchemaMigrations.TENANT_SCHEMA_VERSION,
        "baseline B" + baseline + " is ahead of V" + SchemaMigrations.TENANT_SCHEMA_VERSION);
  }

  /** The highest version among the tenant scripts named {@code <kind><version>__...sql}. */
  private static int newestScript(char kind) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.matches(kind + "\\d+__.*\\.sql"))
          .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max()
          .orElseThrow();
    }
  }
}
