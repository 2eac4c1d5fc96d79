package hms.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Files;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may do what with records and their files, and the audit trail every access leaves. */
class RecordAccessIT {
  private static Hospital hospital;
  private static Map<String, Users.Session> roles;
  private static Users.Session doctor;
  private static Users.Session desk;
  private static String patient;

  @BeforeAll
  static void staff() {
    hospital = Tenants.create("reca");
    doctor = Tenants.member(hospital, "reca-doc", "DOCTOR");
    desk = Tenants.member(hospital, "reca-desk", "RECEPTIONIST");
    roles =
        Map.of(
            "ADMIN",
            hospital.admin(),
            "DOCTOR",
            doctor,
            "NURSE",
            Tenants.member(hospital, "reca-nurse", "NURSE"),
            "RECEPTIONIST",
            desk);
    patient =
        Patients.create(desk, hospital.id(), Patients.body("Access", "Patient")).getString("id");
  }

  @Test
  void everyRoleAgainstEveryRecordAction() {
    Map<String, List<Integer>> expected =
        Map.of(
            // list, read, create, edit draft, finalize, amend final
            "ADMIN", List.of(200, 200, 403, 403, 403, 403),
            "DOCTOR", List.of(200, 200, 201, 200, 200, 201),
            "NURSE", List.of(200, 200, 201, 200, 403, 201),
            "RECEPTIONIST", List.of(403, 403, 403, 403, 403, 403));
    expected.forEach(
        (role, statuses) -> {
          Users.Session as = roles.get(role);
          JsonObject draft = Records.draft(doctor, hospital.id(), patient);
          String id = draft.getString("id");
          String signed = Records.finalized(doctor, hospital.id(), patient).getString("id");
          List<Answer> answers =
              List.of(
                  Tenants.get(as, hospital.id(), "/api/patients/" + patient + "/records"),
                  Tenants.get(as, hospital.id(), "/api/records/" + id),
                  Records.create(as, hospital.id(), patient, Records.body()),
                  edit(as, id),
                  Tenants.send(as, hospital.id(), "POST", "/api/records/" + id + "/finalize", null),
                  Tenants.send(
                      as,
                      hospital.id(),
                      "POST",
                      "/api/records/" + signed + "/amendments",
                      "{\"reason\": \"r\", \"text\": \"t\"}"));
          for (int i = 0; i < statuses.size(); i++) {
            Answer answer = answers.get(i);
            int want = statuses.get(i);
            if (want == 403) {
              answer.assertProblem(403, "forbidden");
            } else {
              assertEquals(want, answer.status(), role + " action " + i + ": " + answer.body());
            }
          }
        });
  }

  @Test
  void readsAndWritesAreAuditedAndRefusalsToo() {
    String id = Records.draft(doctor, hospital.id(), patient).getString("id");
    Tenants.get(doctor, hospital.id(), "/api/records/" + id);
    Tenants.get(desk, hospital.id(), "/api/records/" + id).assertProblem(403, "forbidden");
    Tenants.send(doctor, hospital.id(), "POST", "/api/records/" + id + "/finalize", null);
    List<JsonObject> trail =
        Tenants.get(
                hospital.admin(),
                hospital.id(),
                "/api/audit-events?resourceType=RECORD&resourceId=" + id + "&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    List<String> seen =
        trail.stream()
            .map(e -> e.getString("action") + ":" + e.getString("actorSub"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
                "CREATE:" + doctor.sub(),
                "DENIED:" + desk.sub(),
                "FINALIZE:" + doctor.sub(),
                "READ:" + doctor.sub())
            .stream()
            .sorted()
            .toList(),
        seen,
        trail.toString());
    JsonObject denied =
        trail.stream()
            .filter(e -> "DENIED".equals(e.getString("outcome")))
            .findFirst()
            .orElseThrow();
    assertEquals("READ", denied.getString("attempted"));

    Tenants.get(doctor, hospital.id(), "/api/patients/" + patient + "/records");
    String listed =
        Tenants.get(
                hospital.admin(),
                hospital.id(),
                "/api/audit-events?resourceType=RECORD&resourceId=" + patient)
            .body();
    assertTrue(listed.contains("\"action\":\"SEARCH\""), listed);
  }

  @Test
  void attachmentsAreListedWithTheRecordAndKeptFromTheFrontDesk() {
    String id = Records.draft(doctor, hospital.id(), patient).getString("id");
    String file = Files.uploaded(doctor, hospital.id(), "spirometry.txt", patient);
    Answer attached = attach(id, file);
    assertEquals(200, attached.status(), attached.body());
    JsonObject attachment = attached.json().getJsonArray("attachments").getJsonObject(0);
    assertEquals(file, attachment.getString("fileId"));
    assertEquals("spirometry.txt", attachment.getString("filename"));
    Answer again = attach(id, file);
    assertEquals(200, again.status(), again.body());
    assertEquals(
        1, again.json().getJsonArray("attachments").size(), "attaching twice adds nothing");

    Tenants.get(desk, hospital.id(), "/api/files/" + file + "/download-url")
        .assertProblem(403, "forbidden");
    Tenants.get(desk, hospital.id(), "/api/files/" + file).assertProblem(403, "forbidden");
    assertFalse(Tenants.get(desk, hospital.id(), "/api/files?size=100").body().contains(file));
    assertTrue(Tenants.get(doctor, hospital.id(), "/api/files?size=100").body().contains(file));
    assertEquals(
        200, Tenants.get(doctor, hospital.id(), "/api/files/" + file + "/download-url").status());
    Tenants.send(doctor, hospital.id(), "DELETE", "/api/files/" + file, null)
        .assertProblem(409, "file-attached");

    String other =
        Patients.create(desk, hospital.id(), Patients.body("Other", "Patient")).getString("id");
    String othersFile = Files.uploaded(doctor, hospital.id(), "other.txt", other);
    attach(id, othersFile).assertProblem(409, "file-unattachable");
    String pending = Files.pending(doctor, hospital.id(), "later.txt", patient).getString("id");
    attach(id, pending).assertProblem(409, "file-unattachable");
    String secondRecord = Records.draft(doctor, hospital.id(), patient).getString("id");
    attach(secondRecord, file).assertProblem(409, "file-unattachable");
    attach(id, java.util.UUID.randomUUID().toString()).assertProblem(400, "validation");

    assertEquals(
        200,
        Tenants.send(doctor, hospital.id(), "POST", "/api/records/" + id + "/finalize", null)
            .status());
    detach(id, file).assertProblem(409, "record-final");
    String late = Files.uploaded(doctor, hospital.id(), "late.txt", patient);
    attach(id, late).assertProblem(409, "record-final");
    JsonObject record = Tenants.get(doctor, hospital.id(), "/api/records/" + id).json();
    assertEquals(1, record.getJsonArray("attachments").size());

    String draft = Records.draft(doctor, hospital.id(), patient).getString("id");
    Answer lateAttached = attach(draft, late);
    assertEquals(200, lateAttached.status(), lateAttached.body());
    assertEquals(
        late, lateAttached.json().getJsonArray("attachments").getJsonObject(0).getString("fileId"));
    assertEquals(204, detach(draft, late).status());
    assertEquals(
        0,
        Tenants.get(doctor, hospital.id(), "/api/records/" + draft)
            .json()
            .getJsonArray("attachments")
            .size(),
        "detached");
    detach(draft, late).assertProblem(404, "not-found");
    assertEquals(
        204, Tenants.send(doctor, hospital.id(), "DELETE", "/api/files/" + late, null).status());
  }

  private static Answer edit(Users.Session as, String id) {
    return Tenants.send(
        as,
        hospital.id(),
        "PUT",
        "/api/records/" + id,
        Records.body().build().toString(),
        Map.of("If-Match", "\"1\""));
  }

  private static Answer attach(String record, String file) {
    return Tenants.send(
        doctor,
        hospital.id(),
        "POST",
        "/api/records/" + record + "/attachments",
        "{\"fileId\": \"" + file + "\"}");
  }

  private static Answer detach(String record, String file) {
    return Tenants.send(
        doctor, hospital.id(), "DELETE", "/api/records/" + record + "/attachments/" + file, null);
  }
}
