package hms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Forwarded;
import hms.it.Patients;
import hms.it.RawHttp;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailIT {

  @Test
  void everyActionLeavesOneRowWithoutPhi() {
    Hospital h = Tenants.create("aud");
    JsonObject p = Patients.create(h.admin(), h.id(), Patients.body("Secretname", "Privatefamily"));
    String id = p.getString("id");
    Tenants.get(h.admin(), h.id(), "/api/patients/" + id);
    Tenants.get(h.admin(), h.id(), "/api/patients?q=secret");
    Tenants.send(
        h.admin(),
        h.id(),
        "PUT",
        "/api/patients/" + id,
        Patients.body("Secretname", "Otherfamily").build().toString(),
        Map.of(
            "If-Match",
            "\"" + p.getJsonNumber("version").longValue() + "\"",
            "X-Request-ID",
            "req-audit-1"));
    Tenants.get(h.admin(), h.id(), "/api/patients/export");
    Tenants.send(h.admin(), h.id(), "DELETE", "/api/patients/" + id, null);

    Answer trail =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?resourceType=PATIENT&size=100");
    assertEquals(200, trail.status(), trail.body());
    List<String> actions =
        trail.json().getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("action"))
            .sorted()
            .toList();
    assertEquals(List.of("CREATE", "DELETE", "EXPORT", "READ", "SEARCH", "UPDATE"), actions);
    assertTrue(trail.body().contains("\"requestId\":\"req-audit-1\""), trail.body());
    // The API names the patient for the ADMIN who reads it; the table holds ids only.
    assertTrue(trail.body().contains("Secretname Otherfamily · "), trail.body());
    String rows = rowsAsText(h.id());
    for (String phi :
        List.of("Secretname", "Privatefamily", "Otherfamily", "example.org", "1234567")) {
      assertFalse(rows.contains(phi), phi + " in " + rows);
      if (!phi.startsWith("Secretname") && !phi.equals("Otherfamily")) {
        assertFalse(trail.body().contains(phi), phi + " in " + trail.body());
      }
    }
    JsonObject one = trail.json().getJsonArray("items").getJsonObject(0);
    assertEquals(h.admin().sub(), one.getString("actorSub"));
    assertEquals("ADMIN", one.getString("actorRole"));
    assertEquals("SUCCESS", one.getString("outcome"));
  }

  private static String rowsAsText(String tenant) {
    try (Connection db = Sql.connect()) {
      var rows =
          db.createStatement()
              .executeQuery(
                  "SELECT coalesce(string_agg(e::text, '|'), '') FROM "
                      + Sql.table(tenant, "audit_events")
                      + " e");
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void recordsTheClientAddressOnlyATrustedProxyForwards() {
    Hospital h = Tenants.create("origin");
    String id = Patients.create(h.admin(), h.id(), Patients.body("Ada", "Origin")).getString("id");
    Map<String, String> headers =
        Map.of("Authorization", h.admin().bearer(), "X-Tenant-ID", h.id());
    String path = "/api/patients/" + id;
    assertEquals(200, Forwarded.get(path, headers, "198.51.100.23").status());
    Map<String, String> spoofed = new java.util.HashMap<>(headers);
    spoofed.put("X-Forwarded-For", "198.51.100.24");
    assertEquals(200, RawHttp.send("GET", path, spoofed, null).status());

    Answer trail =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?resourceId=" + id + "&size=100");
    List<String> readsFrom =
        trail.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("action").equals("READ"))
            .map(e -> e.getString("clientIp"))
            .sorted()
            .toList();
    assertEquals(List.of("127.0.0.1", "198.51.100.23"), readsFrom, trail.body());
  }

  @Test
  void auditRowsCannotBeChangedOrDeletedEvenByTheDatabaseOwner() throws SQLException {
    Hospital h = Tenants.create("aud");
    Patients.create(h.admin(), h.id(), Patients.body("Some", "One"));
    try (Connection db = Sql.connect()) {
      String table = Sql.table(h.id(), "audit_events");
      assertThrows(
          SQLException.class,
          () -> db.createStatement().execute("UPDATE " + table + " SET outcome = 'DENIED'"));
      assertThrows(SQLException.class, () -> db.createStatement().execute("DELETE FROM " + table));
      assertThrows(SQLException.class, () -> db.createStatement().execute("TRUNCATE " + table));
      var count =
          db.createStatement()
              .executeQuery("SELECT count(*) FROM " + table + " WHERE resource_type = 'PATIENT'");
      count.next();
      assertEquals(1, count.getInt(1));
    }
  }

  @Test
  void onlyAdminsReadTheTrailAndFiltersAreChecked() {
    Hospital h = Tenants.create("aud");
    var nurse = Tenants.member(h, "aud-nurse", "NURSE");
    Tenants.get(nurse, h.id(), "/api/audit-events").assertProblem(403, "forbidden");
    Tenants.get(h.admin(), h.id(), "/api/audit-events?from=yesterday")
        .assertProblem(400, "validation");
    // Malformed filters, and dates of the right form that do not exist: each names its parameter.
    for (String bad :
        List.of(
            "actor=not%20an%20id!",
            "resourceType=lower",
            "resourceId=42",
            "to=2026-13-45T99:00:00Z",
            "from=2026-02-30T00:00:00Z")) {
      JsonObject problem =
          Tenants.get(h.admin(), h.id(), "/api/audit-events?" + bad)
              .assertProblem(400, "validation");
      assertEquals(
          bad.substring(0, bad.indexOf('=')),
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
    Answer window =
        Tenants.get(
            h.admin(),
            h.id(),
            "/api/audit-events?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z");
    assertEquals(0, window.json().getInt("totalItems"));
  }
}
