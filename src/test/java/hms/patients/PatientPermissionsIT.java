package hms.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matrix of docs/permissions.md, role by action, each refusal a 403 audited as DENIED. */
class PatientPermissionsIT {
  private static Hospital hospital;
  private static Map<String, Users.Session> roles;
  private static String patientId;

  @BeforeAll
  static void staff() {
    hospital = Tenants.create("perm");
    roles =
        Map.of(
            "ADMIN", hospital.admin(),
            "DOCTOR", Tenants.member(hospital, "doc", "DOCTOR"),
            "NURSE", Tenants.member(hospital, "nurse", "NURSE"),
            "RECEPTIONIST", Tenants.member(hospital, "desk", "RECEPTIONIST"));
    patientId =
        Patients.create(
                hospital.admin(),
                hospital.id(),
                Patients.body("Matrix", "Patient")
                    .add("bloodType", "AB-")
                    .add("notes", "sensitive"))
            .getString("id");
  }

  @Test
  void everyRoleAgainstEveryAction() {
    Map<String, List<Integer>> expected =
        Map.of(
            // read, search, create, update demographics, write clinical, deactivate, export, audit
            "ADMIN", List.of(200, 200, 201, 200, 201, 204, 200, 200),
            "DOCTOR", List.of(200, 200, 201, 200, 201, 403, 403, 403),
            "NURSE", List.of(200, 200, 201, 200, 201, 403, 403, 403),
            "RECEPTIONIST", List.of(200, 200, 201, 200, 403, 403, 403, 403));
    expected.forEach(
        (role, statuses) -> {
          Users.Session as = roles.get(role);
          String target =
              Patients.create(hospital.admin(), hospital.id(), Patients.body("Target", role))
                  .getString("id");
          List<Answer> answers =
              List.of(
                  Tenants.get(as, hospital.id(), "/api/patients/" + target),
                  Tenants.get(as, hospital.id(), "/api/patients?q=target"),
                  send(as, "POST", "/api/patients", Patients.body("New", role).build().toString()),
                  update(as, target),
                  send(
                      as,
                      "POST",
                      "/api/patients",
                      Patients.body("Clin", role)
                          .add("allergies", Json.createArrayBuilder().add("latex"))
                          .build()
                          .toString()),
                  send(as, "DELETE", "/api/patients/" + target, null),
                  Tenants.get(as, hospital.id(), "/api/patients/export"),
                  Tenants.get(as, hospital.id(), "/api/audit-events"));
          for (int i = 0; i < statuses.size(); i++) {
            Answer answer = answers.get(i);
            assertEquals(
                statuses.get(i), answer.status(), role + " action " + i + ": " + answer.body());
            if (statuses.get(i) == 403) {
              answer.assertProblem(403, "forbidden");
            }
          }
        });
  }

  @Test
  void receptionistsDoNotSeeClinicalFields() {
    JsonObject desk =
        Tenants.get(roles.get("RECEPTIONIST"), hospital.id(), "/api/patients/" + patientId).json();
    assertFalse(desk.containsKey("bloodType") || desk.containsKey("notes"), desk.toString());
    JsonObject doctor =
        Tenants.get(roles.get("DOCTOR"), hospital.id(), "/api/patients/" + patientId).json();
    assertEquals("AB-", doctor.getString("bloodType"));
    assertEquals("sensitive", doctor.getString("notes"));
  }

  @Test
  void aRefusalIsAuditedAsDenied() {
    Users.Session desk = roles.get("RECEPTIONIST");
    send(desk, "DELETE", "/api/patients/" + patientId, null).assertProblem(403, "forbidden");
    JsonObject events =
        Tenants.get(
                hospital.admin(),
                hospital.id(),
                "/api/audit-events?actor=" + desk.sub() + "&resourceId=" + patientId)
            .json();
    assertTrue(
        events.getJsonArray("items").stream()
            .map(e -> e.asJsonObject())
            .anyMatch(
                e ->
                    "DENIED".equals(e.getString("action"))
                        && "DELETE".equals(e.getString("attempted"))
                        && "DENIED".equals(e.getString("outcome"))
                        && "RECEPTIONIST".equals(e.getString("actorRole"))),
        events.toString());
  }

  @Test
  void onlyAdminsChangeAStatusThroughAnUpdate() {
    for (String role : List.of("DOCTOR", "NURSE", "RECEPTIONIST")) {
      String target =
          Patients.create(hospital.admin(), hospital.id(), Patients.body("Still", role))
              .getString("id");
      Answer refused =
          update(roles.get(role), target, Patients.body("Still", role).add("status", "INACTIVE"));
      refused.assertProblem(403, "forbidden");
      assertEquals(
          "ACTIVE",
          Tenants.get(hospital.admin(), hospital.id(), "/api/patients/" + target)
              .json()
              .getString("status"),
          role);
      JsonObject denied =
          Tenants.get(
                  hospital.admin(),
                  hospital.id(),
                  "/api/audit-events?size=1&resourceId="
                      + target
                      + "&actor="
                      + roles.get(role).sub())
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      assertEquals(
          "DENIED UPDATE " + role,
          denied.getString("action")
              + " "
              + denied.getString("attempted")
              + " "
              + denied.getString("actorRole"));
    }
    String unchanged =
        Patients.create(hospital.admin(), hospital.id(), Patients.body("Same", "Status"))
            .getString("id");
    Answer same =
        update(
            roles.get("RECEPTIONIST"),
            unchanged,
            Patients.body("Same", "Renamed").add("status", "ACTIVE"));
    assertEquals(200, same.status(), same.body());
    String leaving =
        Patients.create(hospital.admin(), hospital.id(), Patients.body("Leaving", "Admin"))
            .getString("id");
    Answer byAdmin =
        update(
            hospital.admin(), leaving, Patients.body("Leaving", "Admin").add("status", "INACTIVE"));
    assertEquals(200, byAdmin.status(), byAdmin.body());
    assertEquals("INACTIVE", byAdmin.json().getString("status"));
  }

  private static Answer send(Users.Session as, String method, String path, String json) {
    return Tenants.send(as, hospital.id(), method, path, json);
  }

  private static Answer update(Users.Session as, String id) {
    return update(as, id, Patients.body("Target", "Renamed"));
  }

  private static Answer update(Users.Session as, String id, JsonObjectBuilder body) {
    String etag =
        Tenants.get(hospital.admin(), hospital.id(), "/api/patients/" + id)
            .header("ETag")
            .orElseThrow();
    return Tenants.send(
        as,
        hospital.id(),
        "PUT",
        "/api/patients/" + id,
        body.build().toString(),
        Map.of("If-Match", etag));
  }
}
