package hms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Files;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the trail records beyond patients: files' reads, lists and deletes, membership changes,
 * settings, the platform's changes to the hospital, and refusals of each.
 */
class AuditedChangesIT {

  @Test
  void fileUploadsReadsListsAndDeletesAreAudited() {
    Hospital h = Tenants.create("audf");
    String file = Files.uploaded(h.admin(), h.id(), "note.txt", null);
    assertEquals(200, Tenants.get(h.admin(), h.id(), "/api/files/" + file).status());
    assertEquals(200, Tenants.get(h.admin(), h.id(), "/api/files").status());
    assertEquals(
        204, Tenants.send(h.admin(), h.id(), "DELETE", "/api/files/" + file, null).status());

    List<String> events = events(h, "FILE");
    assertEquals(
        List.of("CREATE " + file, "UPDATE " + file, "READ " + file, "SEARCH -", "DELETE " + file),
        events);
  }

  @Test
  void membershipChangesAreAuditedWithTheMembersId() {
    Hospital h = Tenants.create("audm");
    Users.Session nurse = Tenants.member(h, "audm-nurse", "NURSE");
    Answer changed =
        Tenants.send(
            h.admin(), h.id(), "PATCH", "/api/members/" + nurse.sub(), "{\"role\": \"DOCTOR\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals(
        204,
        Tenants.send(h.admin(), h.id(), "DELETE", "/api/members/" + nurse.sub(), null).status());

    assertEquals(
        List.of("CREATE " + nurse.sub(), "UPDATE " + nurse.sub(), "DELETE " + nurse.sub()),
        events(h, "MEMBER").stream().filter(e -> e.endsWith(nurse.sub())).toList());
    JsonObject removal = latest(h, "MEMBER");
    assertEquals(h.admin().sub(), removal.getString("actorSub"));
    assertEquals("ADMIN", removal.getString("actorRole"));
  }

  @Test
  void refusedMembershipActionsAreAuditedAsDenied() {
    Hospital h = Tenants.create("audd");
    Users.Session nurse = Tenants.member(h, "audd-nurse", "NURSE");
    Tenants.addMember(nurse, h.id(), "someone@example.org", "ADMIN")
        .assertProblem(403, "forbidden");
    Tenants.get(nurse, h.id(), "/api/members").assertProblem(403, "forbidden");
    Tenants.send(nurse, h.id(), "DELETE", "/api/members/" + h.admin().sub(), null)
        .assertProblem(403, "forbidden");

    Answer trail = Tenants.get(h.admin(), h.id(), "/api/audit-events?actor=" + nurse.sub());
    assertEquals(200, trail.status(), trail.body());
    List<String> denied =
        trail.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .map(
                e ->
                    e.getString("action")
                        + " "
                        + e.getString("attempted")
                        + " "
                        + e.getString("resourceType")
                        + " "
                        + e.getString("resourceId", "-")
                        + " "
                        + e.getString("outcome"))
            .toList();
    assertEquals(
        List.of(
            "DENIED DELETE MEMBER " + h.admin().sub() + " DENIED",
            "DENIED READ MEMBER - DENIED",
            "DENIED CREATE MEMBER - DENIED"),
        denied);
  }

  @Test
  void settingsChangesAreAuditedAndReadsAreNot() {
    Hospital h = Tenants.create("auds");
    assertEquals(200, Tenants.get(h.admin(), h.id(), "/api/settings").status());
    Answer changed =
        Tenants.send(h.admin(), h.id(), "PUT", "/api/settings", "{\"timeZone\": \"Europe/Oslo\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals(List.of("UPDATE -"), events(h, "SETTINGS"));
  }

  @Test
  void thePlatformsChangesAreInTheHospitalsOwnTrail() {
    Hospital h = Tenants.create("audp");
    Answer renamed =
        Tenants.send(
            Tenants.platformAdmin(),
            null,
            "PATCH",
            "/platform/tenants/" + h.id(),
            "{\"name\": \"Renamed hospital\"}");
    assertEquals(200, renamed.status(), renamed.body());

    assertEquals(List.of("CREATE -", "UPDATE -"), events(h, "TENANT"));
    JsonObject update = latest(h, "TENANT");
    assertEquals(Tenants.platformAdmin().sub(), update.getString("actorSub"));
    assertEquals("PLATFORM_ADMIN", update.getString("actorRole"));
  }

  @Test
  void refusalsOutsideAnyHospitalTheCallerBelongsToAreLogged() throws IOException {
    Hospital h = Tenants.create("audo");
    Users.Session outsider = Users.signedIn("audo-outsider");
    Tenants.get(outsider, h.id(), "/api/patients").assertProblem(403, "tenant-forbidden");
    Tenants.requestCreation(h.admin(), Tenants.uniqueId("audo"), "Not mine", h.admin().email())
        .assertProblem(403, "forbidden");

    String log = java.nio.file.Files.readString(Path.of(Api.stack("server.messages")));
    assertTrue(
        log.contains("Refused hospital " + h.id() + " to " + outsider.sub()),
        "no refusal of the hospital in the server log");
    assertTrue(
        log.contains("Refused TENANT_CREATE to " + h.admin().sub()),
        "no refusal of the platform rule in the server log");
    assertFalse(log.contains(outsider.accessToken()), "the token is in the log");
  }

  /** The trail's events of one resource type, oldest first, as "ACTION resourceId". */
  private static List<String> events(Hospital h, String type) {
    Answer trail =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?size=100&resourceType=" + type);
    assertEquals(200, trail.status(), trail.body());
    List<String> newestFirst =
        trail.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("action") + " " + e.getString("resourceId", "-"))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  private static JsonObject latest(Hospital h, String type) {
    Answer trail = Tenants.get(h.admin(), h.id(), "/api/audit-events?size=1&resourceType=" + type);
    assertEquals(200, trail.status(), trail.body());
    return trail.json().getJsonArray("items").getJsonObject(0);
  }
}
