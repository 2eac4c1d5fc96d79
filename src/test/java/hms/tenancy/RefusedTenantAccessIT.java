package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.RawHttp;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refused hospital leaves a trace, and the refusal's answer is the one it always was: in the
 * hospital's own trail when it exists (its ADMIN sees who tried), in the platform's security log
 * when it does not or the id is malformed (for the platform administrators), never with PHI.
 */
class RefusedTenantAccessIT {
  private static final String IP = "^[0-9a-fA-F:.]{3,45}$";

  @Test
  void aMembersAttemptOnAnotherHospitalIsInThatHospitalsTrail() {
    Hospital a = Tenants.create("rfa");
    Hospital b = Tenants.create("rfb");
    String requestId = "refused-" + UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);

    Answer foreign =
        Tenants.send(
            a.admin(),
            b.id(),
            "POST",
            "/api/patients",
            Patients.body("Secretname", "Privatefamily").build().toString(),
            Map.of("X-Request-ID", requestId));
    foreign.assertProblem(403, "tenant-forbidden");
    Answer unknown =
        Tenants.send(
            a.admin(),
            Tenants.uniqueId("ghost"),
            "POST",
            "/api/patients",
            Patients.body("Secretname", "Privatefamily").build().toString());
    assertEquals(
        unknown.bodyApartFromItsRequestId(),
        foreign.bodyApartFromItsRequestId(),
        "an existing and an unknown hospital alike");

    Answer trail = Tenants.get(b.admin(), b.id(), "/api/audit-events?actor=" + a.admin().sub());
    assertEquals(200, trail.status(), trail.body());
    assertEquals(1, trail.json().getJsonArray("items").size(), trail.body());
    JsonObject event = trail.json().getJsonArray("items").getJsonObject(0);
    assertEquals(a.admin().sub(), event.getString("actorSub"));
    assertEquals("NOT_MEMBER", event.getString("actorRole"));
    assertEquals("DENIED", event.getString("action"));
    assertEquals("ACCESS", event.getString("attempted"));
    assertEquals("TENANT", event.getString("resourceType"));
    assertEquals("DENIED", event.getString("outcome"));
    assertEquals(requestId, event.getString("requestId"));
    assertTrue(event.getString("clientIp").matches(IP), event.toString());
    Instant at = Instant.parse(event.getString("at"));
    assertFalse(at.isBefore(before) || at.isAfter(Instant.now().plusSeconds(5)), at.toString());
    noPhiIn(trail);

    Answer own = Tenants.get(a.admin(), a.id(), "/api/audit-events?actor=" + a.admin().sub());
    assertEquals(200, own.status(), own.body());
    assertEquals(0, own.json().getJsonArray("items").size(), "nothing in the caller's own trail");
    Answer log = securityLog("?actor=" + a.admin().sub());
    assertFalse(log.body().contains(b.id()), "an existing hospital's refusal stays in its trail");
    noPhiIn(log);
  }

  @Test
  void aSuspendedHospitalRecordsStrangersAndItsOwnMembers() {
    Hospital h = Tenants.create("rfs");
    Users.Session nurse = Tenants.member(h, "rfs-nurse", "NURSE");
    Users.Session stranger = Users.signedIn("rfs-stranger");
    setStatus(h, "SUSPENDED");
    Tenants.get(stranger, h.id(), "/api/settings").assertProblem(403, "tenant-forbidden");
    Tenants.get(nurse, h.id(), "/api/settings").assertProblem(403, "tenant-suspended");
    setStatus(h, "ACTIVE");

    Answer trail = Tenants.get(h.admin(), h.id(), "/api/audit-events?resourceType=TENANT&size=100");
    assertEquals(200, trail.status(), trail.body());
    List<String> denied =
        trail.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("action").equals("DENIED"))
            .map(
                e ->
                    e.getString("actorSub")
                        + " "
                        + e.getString("actorRole")
                        + " "
                        + e.getString("attempted"))
            .toList();
    assertEquals(
        List.of(nurse.sub() + " NURSE ACCESS", stranger.sub() + " NOT_MEMBER ACCESS"), denied);
  }

  @Test
  void aRecordThatCannotBeWrittenChangesNoAnswer() throws Exception {
    Hospital h = Tenants.create("rfw");
    Sql.run(
        "ALTER TABLE "
            + Sql.table(h.id(), "audit_events")
            + " ADD CONSTRAINT refuse_every_row CHECK (false) NOT VALID");
    Users.Session stranger = Users.signedIn("rfw-stranger");
    Answer refused = Tenants.get(stranger, h.id(), "/api/settings");
    Answer unknown = Tenants.get(stranger, Tenants.uniqueId("ghost"), "/api/settings");
    refused.assertProblem(403, "tenant-forbidden");
    assertEquals(
        unknown.bodyApartFromItsRequestId(),
        refused.bodyApartFromItsRequestId(),
        "the same answer as ever");

    String log = Files.readString(Path.of(Api.stack("server.messages")));
    assertTrue(
        log.contains("Could not record the refusal of a hospital to " + stranger.sub()),
        "the failed record is in the server log");
  }

  @Test
  void unknownAndMalformedIdsGoToThePlatformSecurityLog() {
    Users.Session prober = Users.signedIn("rfu-prober");
    String ghost = Tenants.uniqueId("ghost");
    String requestId = "probe-" + UUID.randomUUID();
    Tenants.send(prober, ghost, "GET", "/api/patients", null, Map.of("X-Request-ID", requestId))
        .assertProblem(403, "tenant-forbidden");
    for (String junk : List.of("a;drop schema platform cascade", "x".repeat(200))) {
      RawHttp.get("/api/settings", Map.of("Authorization", prober.bearer(), "X-Tenant-ID", junk))
          .assertProblem(400, "tenant-header");
    }

    Answer log = securityLog("?actor=" + prober.sub() + "&size=10");
    assertEquals(200, log.status(), log.body());
    assertEquals(3, log.json().getInt("totalItems"), log.body());
    List<JsonObject> events =
        log.json().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    assertEquals(
        List.of(
            "MALFORMED_ID " + "x".repeat(64),
            "MALFORMED_ID a;drop schema platform cascade",
            "UNKNOWN_TENANT " + ghost),
        events.stream()
            .map(e -> e.getString("reason") + " " + e.getString("requestedTenant"))
            .toList(),
        "newest first, a long id cut short");
    JsonObject unknown = events.get(2);
    assertEquals(prober.sub(), unknown.getString("actorSub"));
    assertEquals("DENIED", unknown.getString("action"));
    assertEquals("ACCESS", unknown.getString("attempted"));
    assertEquals("DENIED", unknown.getString("outcome"));
    assertEquals(requestId, unknown.getString("requestId"));
    assertTrue(unknown.getString("clientIp").matches(IP), unknown.toString());
    Instant at = Instant.parse(unknown.getString("at"));

    Answer later = securityLog("?actor=" + prober.sub() + "&from=" + at.plusSeconds(3600));
    assertEquals(200, later.status(), later.body());
    assertEquals(0, later.json().getInt("totalItems"), "from filters by time");
    Answer earlier =
        securityLog("?actor=" + prober.sub() + "&to=" + at.plusSeconds(3600) + "&size=1&page=2");
    assertEquals(200, earlier.status(), earlier.body());
    assertEquals(
        ghost, earlier.json().getJsonArray("items").getJsonObject(0).getString("requestedTenant"));
  }

  @Test
  void onlyPlatformAdministratorsReadTheSecurityLogAndFiltersAreChecked() {
    Hospital h = Tenants.create("rfp");
    Tenants.get(h.admin(), null, "/platform/security-events").assertProblem(403, "forbidden");
    Tenants.get(h.admin(), h.id(), "/platform/security-events").assertProblem(403, "forbidden");
    for (String query :
        List.of(
            "?from=yesterday", "?to=2026-13-45T99:00:00Z", "?actor=not%20an%20id!", "?size=101")) {
      securityLog(query).assertProblem(400, "validation");
    }
  }

  private static Answer securityLog(String query) {
    return Tenants.get(Tenants.platformAdmin(), null, "/platform/security-events" + query);
  }

  private static void setStatus(Hospital h, String status) {
    Answer changed =
        Tenants.send(
            Tenants.platformAdmin(),
            null,
            "PATCH",
            "/platform/tenants/" + h.id(),
            "{\"status\": \"" + status + "\"}");
    assertEquals(200, changed.status(), changed.body());
  }

  private static void noPhiIn(Answer answer) {
    for (String phi : List.of("Secretname", "Privatefamily", "example.org")) {
      assertFalse(answer.body().contains(phi), phi + " in " + answer.body());
    }
  }
}
