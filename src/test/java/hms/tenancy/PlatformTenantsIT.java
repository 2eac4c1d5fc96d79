package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Operating the platform: only the platform-admin group, and it sees no hospital's data. */
class PlatformTenantsIT {

  @Test
  void createsAHospitalWithLocationAndItsFirstAdmin() {
    Users.Session admin = Users.signedIn("first-admin");
    String id = Tenants.uniqueId("plat");
    Answer created =
        Tenants.requestCreation(
            Tenants.platformAdmin(), id, "St. Elsewhere", admin.email().toUpperCase());
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").orElseThrow().endsWith("/platform/tenants/" + id));
    JsonObject tenant = created.json();
    assertEquals(id, tenant.getString("id"));
    assertEquals("St. Elsewhere", tenant.getString("name"));
    assertEquals("ACTIVE", tenant.getString("status"));

    JsonObject me =
        Tenants.get(admin, null, "/auth/me").json().getJsonArray("tenants").getJsonObject(0);
    assertEquals(id, me.getString("tenantId"));
    assertEquals("ADMIN", me.getString("role"));
    assertEquals(
        id,
        Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants/" + id)
            .json()
            .getString("id"));
  }

  @Test
  void anUnknownAdminEmailIsInvited() {
    String email = hms.it.Api.uniqueEmail("invitee");
    String id = Tenants.uniqueId("inv");
    Answer created = Tenants.requestCreation(Tenants.platformAdmin(), id, "Invited", email);
    assertEquals(201, created.status(), created.body());
    // The invitation's temporary password leads to the new-password challenge.
    Answer signIn =
        hms.it.Api.postJson(
            "/auth/signin", Users.credentials(email, hms.it.Api.stack("cognito.code")));
    assertEquals(200, signIn.status(), signIn.body());
    assertEquals("NEW_PASSWORD_REQUIRED", signIn.json().getString("challenge"));
  }

  @Test
  void onlyPlatformAdministratorsOperate() {
    Hospital hospital = Tenants.create("notplat");
    Users.Session admin = hospital.admin();
    Tenants.get(admin, null, "/platform/tenants").assertProblem(403, "forbidden");
    Tenants.get(admin, null, "/platform/tenants/" + hospital.id()).assertProblem(403, "forbidden");
    Tenants.send(
            admin,
            null,
            "PATCH",
            "/platform/tenants/" + hospital.id(),
            "{\"status\": \"SUSPENDED\"}")
        .assertProblem(403, "forbidden");
    Tenants.requestCreation(admin, Tenants.uniqueId("sneaky"), "x", admin.email())
        .assertProblem(403, "forbidden");
  }

  @Test
  void refusesMalformedRequests() {
    JsonObject problem =
        Tenants.send(
                Tenants.platformAdmin(),
                null,
                "POST",
                "/platform/tenants",
                "{\"id\": \"Bad Id;\", \"name\": \"\", \"adminEmail\": \"nope\"}")
            .assertProblem(400, "validation");
    assertEquals(3, problem.getJsonArray("errors").size(), problem.toString());
    Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants/" + Tenants.uniqueId("ghost"))
        .assertProblem(404, "not-found");
    Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants/a;drop")
        .assertProblem(404, "not-found");
    Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants?size=101")
        .assertProblem(400, "validation");
    Hospital hospital = Tenants.create("badstatus");
    JsonObject status =
        Tenants.send(
                Tenants.platformAdmin(),
                null,
                "PATCH",
                "/platform/tenants/" + hospital.id(),
                "{\"status\": \"PROVISIONING\"}")
            .assertProblem(400, "validation");
    assertEquals(
        "status",
        status.getJsonArray("errors").getJsonObject(0).getString("field"),
        status.toString());
    // A hospital's name follows one rule wherever it is given (here, in settings too).
    for (String name : new String[] {"Good \\u202eevil", "a\\u0085b", "a\\u2028b", "a\\nb"}) {
      JsonObject created =
          Tenants.send(
                  Tenants.platformAdmin(),
                  null,
                  "POST",
                  "/platform/tenants",
                  "{\"id\": \""
                      + Tenants.uniqueId("badname")
                      + "\", \"name\": \""
                      + name
                      + "\", \"adminEmail\": \"x@it.hms.test\"}")
              .assertProblem(400, "validation");
      assertEquals(
          "name", created.getJsonArray("errors").getJsonObject(0).getString("field"), name);
      JsonObject renamed =
          Tenants.send(
                  Tenants.platformAdmin(),
                  null,
                  "PATCH",
                  "/platform/tenants/" + hospital.id(),
                  "{\"name\": \"" + name + "\"}")
              .assertProblem(400, "validation");
      assertEquals(
          "name", renamed.getJsonArray("errors").getJsonObject(0).getString("field"), name);
    }
  }

  @Test
  void listsPage() {
    Tenants.create("page");
    Tenants.create("page");
    JsonObject page =
        Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants?page=0&size=2").json();
    assertEquals(2, page.getJsonArray("items").size());
    assertEquals(0, page.getInt("page"));
    assertEquals(2, page.getInt("size"));
    assertTrue(page.getJsonNumber("totalItems").longValue() >= 2);
    assertEquals((page.getJsonNumber("totalItems").longValue() + 1) / 2, page.getInt("totalPages"));
  }

  @Test
  void suspendingKeepsDataButClosesTheApiAndReactivatingOpensIt() {
    Hospital hospital = Tenants.create("susp");
    Tenants.send(
        hospital.admin(), hospital.id(), "PUT", "/api/settings", "{\"timeZone\": \"Europe/Oslo\"}");
    Answer suspended =
        Tenants.send(
            Tenants.platformAdmin(),
            null,
            "PATCH",
            "/platform/tenants/" + hospital.id(),
            "{\"status\": \"SUSPENDED\", \"name\": \"Renamed\"}");
    assertEquals(200, suspended.status(), suspended.body());
    assertEquals("SUSPENDED", suspended.json().getString("status"));
    assertEquals("Renamed", suspended.json().getString("name"));
    Tenants.get(hospital.admin(), hospital.id(), "/api/settings")
        .assertProblem(403, "tenant-suspended");

    Tenants.send(
        Tenants.platformAdmin(),
        null,
        "PATCH",
        "/platform/tenants/" + hospital.id(),
        "{\"status\": \"ACTIVE\"}");
    Answer settings = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");
    assertEquals(200, settings.status(), settings.body());
    assertEquals("Europe/Oslo", settings.json().getString("timeZone"), "nothing was lost");
  }

  @Test
  void aSuspendedTenantIsStillForbiddenNotSuspendedForStrangers() {
    Hospital hospital = Tenants.create("susp2");
    Users.Session stranger = Users.signedIn("stranger");
    Tenants.send(
        Tenants.platformAdmin(),
        null,
        "PATCH",
        "/platform/tenants/" + hospital.id(),
        "{\"status\": \"SUSPENDED\"}");
    Tenants.get(stranger, hospital.id(), "/api/settings").assertProblem(403, "tenant-forbidden");
  }
}
