package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Sql;
import hms.it.TenantSchemas;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import hms.tenancy.control.SchemaMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Creating many tenants, resuming an interrupted creation, and what a restart migrates. */
class TenantProvisioningIT {

  @Test
  void aRestartMigratesOnlyTheTenantsBehindAndThoseInTheBackground() throws Exception {
    List<Hospital> hospitals = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      hospitals.add(Tenants.create("many"));
    }
    // A tenant from before the newest migration: its schema built by the migrations up to the
    // one before, as it was then, and its recorded version one less.
    Hospital behind = hospitals.get(25);
    int newest = SchemaMigrations.TENANT_SCHEMA_VERSION;
    sql("DROP SCHEMA \"t_" + behind.id() + "\" CASCADE");
    TenantSchemas.migrateVersionsUpTo("t_" + behind.id(), newest - 1);
    sql(
        "UPDATE platform.tenants SET schema_version = "
            + (newest - 1)
            + " WHERE id = '"
            + behind.id()
            + "'");
    restartServer();

    String messages = Files.readString(Path.of(Api.stack("server.messages")));
    String lastStart = messages.substring(messages.lastIndexOf("Schemas migrated"));
    assertTrue(lastStart.startsWith("Schemas migrated: platform; 1 tenant(s) behind"), lastStart);
    for (Hospital hospital : List.of(hospitals.get(0), hospitals.get(49))) {
      Answer settings = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");
      assertEquals(200, settings.status(), settings.body());
    }
    Answer settings = Tenants.get(behind.admin(), behind.id(), "/api/settings");
    for (int wait = 0; settings.status() == 503 && wait < 60; wait++) {
      settings.assertProblem(503, "tenant-unavailable");
      Thread.sleep(500);
      settings = Tenants.get(behind.admin(), behind.id(), "/api/settings");
    }
    assertEquals(200, settings.status(), settings.body());
    assertEquals(
        newest,
        Sql.number("SELECT schema_version FROM platform.tenants WHERE id = '" + behind.id() + "'"));
    TenantSchemaRulesIT.assertRulesHold(behind);
  }

  @Test
  void eightConcurrentCreationsAllSucceed() throws Exception {
    // Each Flyway run holds two of the migrations pool's four connections: unbounded, four
    // concurrent creations deadlocked the pool until its 30 s timeout and answered 503.
    Users.Session admin = Users.signedIn("concurrent-admin");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(Tenants.uniqueId("conc"));
    }
    Users.Session platform = Tenants.platformAdmin();
    ExecutorService threads = Executors.newFixedThreadPool(ids.size());
    try {
      List<Future<Answer>> creations = new ArrayList<>();
      for (String id : ids) {
        creations.add(
            threads.submit(
                () -> Tenants.requestCreation(platform, id, "Concurrent", admin.email())));
      }
      for (int i = 0; i < ids.size(); i++) {
        Answer created = creations.get(i).get(60, TimeUnit.SECONDS);
        assertEquals(201, created.status(), created.body());
        assertEquals(ids.get(i), created.json().getString("id"), created.body());
        assertEquals("ACTIVE", created.json().getString("status"), created.body());
      }
    } finally {
      threads.shutdownNow();
    }
    Answer settings = Tenants.get(admin, ids.get(7), "/api/settings");
    assertEquals(200, settings.status(), settings.body());
  }

  @Test
  void aCreationInterruptedHalfwayIsCompletedByTheNextAttempt() throws SQLException {
    Users.Session admin = Users.signedIn("resumed-admin");
    String id = Tenants.uniqueId("half");
    // What a server that died after registering the tenant and creating its schema leaves.
    sql(
        "INSERT INTO platform.tenants (id, name, status) VALUES ('"
            + id
            + "', 'Half', 'PROVISIONING')",
        "CREATE SCHEMA \"t_" + id + "\"");

    Answer created =
        Tenants.requestCreation(Tenants.platformAdmin(), id, "Half Done", admin.email());
    assertEquals(201, created.status(), created.body());
    assertEquals("ACTIVE", created.json().getString("status"));
    assertEquals("Half Done", created.json().getString("name"));
    assertEquals(200, Tenants.get(admin, id, "/api/settings").status());
  }

  @Test
  void anActiveTenantIdCannotBeCreatedAgain() {
    Hospital hospital = Tenants.create("dup");
    Tenants.requestCreation(
            Tenants.platformAdmin(), hospital.id(), "Again", hospital.admin().email())
        .assertProblem(409, "tenant-exists");
  }

  @Test
  void aTenantWhoseSchemaIsBehindAnswers503() throws SQLException {
    Hospital hospital = Tenants.create("behind");
    // A member whose access the server has not looked at yet sees the tenant as it is now.
    Users.Session late = Tenants.member(hospital, "late", "NURSE");
    sql("UPDATE platform.tenants SET schema_version = 0 WHERE id = '" + hospital.id() + "'");
    try {
      Answer answer = Tenants.get(late, hospital.id(), "/api/settings");
      answer.assertProblem(503, "tenant-unavailable");
      assertTrue(answer.header("Retry-After").isPresent());
    } finally {
      sql(
          "UPDATE platform.tenants SET schema_version = "
              + SchemaMigrations.TENANT_SCHEMA_VERSION
              + " WHERE id = '"
              + hospital.id()
              + "'");
    }
  }

  private static void restartServer() {
    Answer restarted = Api.restartServer();
    assertEquals(200, restarted.status(), restarted.body());
  }

  static void sql(String... statements) throws SQLException {
    Sql.run(statements);
  }
}
