package hms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Tenant schemas built the long way, by the versioned migrations one after another as an old tenant
 * got them, without the baseline script the server gives new tenants: to compare the two, and to
 * stage a tenant that is behind.
 */
public final class TenantSchemas {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/tenant");

  private TenantSchemas() {}

  /** The highest version among the tenant scripts named {@code <kind><version>__...sql}. */
  public static int newestScript(char kind) {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.matches(kind + "\\d+__.*\\.sql"))
          .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the schema and applies V1 up to and including {@code version}, with Flyway history. */
  public static void migrateVersionsUpTo(String schema, int version) {
    Path only = copyVersionsUpTo(version);
    Flyway.configure(TenantSchemas.class.getClassLoader())
        .dataSource(Api.stack("db.url"), Api.stack("db.user"), Api.stack("db.password"))
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations("filesystem:" + only)
        .load()
        .migrate();
  }

  /**
   * What a schema is made of, one line each, its own name written S: columns in order with types,
   * nullability and defaults; constraints, indexes and triggers as PostgreSQL prints them;
   * sequences; functions.
   */
  public static List<String> shape(String schema) {
    String q = "'" + schema + "'";
    String query =
        """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || ordinal_position || ' '
            || data_type || coalesce('(' || character_maximum_length || ')', '')
            || coalesce(' p' || numeric_precision || ',' || numeric_scale, '') || ' ' || is_nullable
            || ' ' || coalesce(column_default, '')
          FROM information_schema.columns WHERE table_schema = %1$s
        UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
            || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = %2$s::regnamespace
        UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = %1$s
        UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid)
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE c.relnamespace = %2$s::regnamespace AND NOT t.tgisinternal
        UNION ALL SELECT 'sequence ' || sequence_name || ' ' || data_type || ' ' || start_value
            || ' ' || increment
          FROM information_schema.sequences WHERE sequence_schema = %1$s
        UNION ALL SELECT 'function ' || proname FROM pg_proc
          WHERE pronamespace = %2$s::regnamespace
        UNION ALL SELECT 'row settings ' || time_zone || ' ' || working_hours FROM %3$s.settings
        UNION ALL SELECT 'row patient_counts ' || status || ' ' || n FROM %3$s.patient_counts
        ORDER BY 1
        """
            .formatted(q, "'\"" + schema + "\"'", "\"" + schema + "\"");
    List<String> lines = new ArrayList<>();
    try (var connection = Sql.connect();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(query)) {
      while (rows.next()) {
        lines.add(rows.getString(1).replace("\"" + schema + "\"", "S").replace(schema, "S"));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }

  private static Path copyVersionsUpTo(int version) {
    try {
      Path dir = Files.createTempDirectory("tenant-migrations");
      try (Stream<Path> files = Files.list(MIGRATIONS)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (name.matches("V\\d+__.*\\.sql")
              && Integer.parseInt(name.substring(1, name.indexOf("__"))) <= version) {
            Files.copy(file, dir.resolve(name));
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
