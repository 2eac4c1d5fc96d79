package hms.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void theCodesTenantVersionIsTheNewestTenantMigration() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
      int newest =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow();
      assertEquals(newest, SchemaMigrations.TENANT_SCHEMA_VERSION);
    }
  }
}
