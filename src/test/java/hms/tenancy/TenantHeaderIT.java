package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.RawHttp;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What X-Tenant-ID may carry: junk and attacks are 400 or 403, and never reach SQL as text. */
class TenantHeaderIT {
  private static Hospital hospital;

  @BeforeAll
  static void aHospital() {
    hospital = Tenants.create("hdr");
  }

  @Test
  void aMissingHeaderIs400() {
    Tenants.get(hospital.admin(), null, "/api/settings").assertProblem(400, "tenant-header");
  }

  @Test
  void malformedIdsAre400() {
    List<String> junk =
        List.of(
            "a;drop schema platform cascade",
            "\"x\"",
            "x",
            "ab",
            "Upper_case",
            "1starts_with_digit",
            "t_st_mary\"; --",
            "h\u0430spital", // Cyrillic a
            "hospital\u200b", // zero-width space
            "a".repeat(41),
            "a".repeat(200),
            "../platform",
            "");
    for (String id : junk) {
      // Sent byte for byte: Java's client refuses non-ASCII header values, attackers do not.
      Answer answer =
          RawHttp.get(
              "/api/settings",
              java.util.Map.of("Authorization", hospital.admin().bearer(), "X-Tenant-ID", id));
      answer.assertProblem(400, "tenant-header");
    }
  }

  @Test
  void wellFormedNamesOfOtherSchemasAreJustUnknownTenants() {
    for (String id :
        List.of("public", "pg_catalog", "platform", "information_schema", "t_public")) {
      Tenants.get(hospital.admin(), id, "/api/settings").assertProblem(403, "tenant-forbidden");
    }
  }

  @Test
  void twoHeadersAre400() {
    Answer answer =
        Api.send(
            Api.request("/api/settings")
                .header("Authorization", hospital.admin().bearer())
                .header("X-Tenant-ID", hospital.id())
                .header("X-Tenant-ID", "other_one")
                .GET());
    answer.assertProblem(400, "tenant-header");
  }

  @Test
  void unknownTenantAndForeignTenantAnswerAlike() {
    Hospital other = Tenants.create("hdr");
    Answer foreign = Tenants.get(hospital.admin(), other.id(), "/api/settings");
    Answer unknown = Tenants.get(hospital.admin(), Tenants.uniqueId("nope"), "/api/settings");
    foreign.assertProblem(403, "tenant-forbidden");
    unknown.assertProblem(403, "tenant-forbidden");
    assertEquals(
        foreign.json().getString("detail"), unknown.json().getString("detail"), "same words");
  }

  @Test
  void afterAllThatThePlatformStillWorks() {
    malformedIdsAre400();
    Answer settings = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");
    assertEquals(200, settings.status(), settings.body());
    assertTrue(
        Tenants.get(Tenants.platformAdmin(), null, "/platform/tenants?size=1").status() == 200);
  }

  @Test
  void theTenantHeaderDoesNotOpenNonApiPaths() {
    Users.Session user = Users.signedIn("hdr-me");
    Answer me =
        Api.send(
            Api.request("/auth/me")
                .header("Authorization", user.bearer())
                .header("X-Tenant-ID", "a;drop")
                .method("GET", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, me.status(), "the header means nothing outside /api");
  }
}
