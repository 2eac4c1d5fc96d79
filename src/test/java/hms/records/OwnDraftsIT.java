package hms.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A clinician's own unsigned drafts across patients: GET /api/records/drafts. */
class OwnDraftsIT {
  private static Hospital hospital;
  private static Users.Session doctor;
  private static Users.Session nurse;
  private static Users.Session desk;
  private static JsonObject ada;
  private static JsonObject alan;

  @BeforeAll
  static void staff() {
    hospital = Tenants.create("drft");
    doctor = Tenants.member(hospital, "drft-doc", "DOCTOR");
    nurse = Tenants.member(hospital, "drft-nurse", "NURSE");
    desk = Tenants.member(hospital, "drft-desk", "RECEPTIONIST");
    ada = Patients.create(desk, hospital.id(), Patients.body("Ada", "Drafted"));
    alan = Patients.create(desk, hospital.id(), Patients.body("Alan", "Drafted"));
  }

  @Test
  void listsTheCallersOwnDraftsNewestFirstWithTheirPatients() {
    String older = Records.draft(doctor, hospital.id(), ada.getString("id")).getString("id");
    Records.finalized(doctor, hospital.id(), ada.getString("id"));
    Records.draft(nurse, hospital.id(), ada.getString("id"));
    String newer = Records.draft(doctor, hospital.id(), alan.getString("id")).getString("id");

    Answer mine = Tenants.get(doctor, hospital.id(), "/api/records/drafts");
    assertEquals(200, mine.status(), mine.body());
    List<JsonObject> items = items(mine);
    assertEquals(List.of(newer, older), ids(items), "only the doctor's drafts, newest first");
    assertEquals(2, mine.json().getInt("totalItems"));
    JsonObject first = items.get(0);
    assertEquals(alan.getString("id"), first.getString("patientId"));
    assertEquals("Alan Drafted", first.getString("patientName"));
    assertEquals(alan.getString("mrn"), first.getString("patientMrn"));
    assertEquals("CONSULTATION", first.getString("type"));
    assertEquals("Cough for two weeks", first.getString("chiefComplaint"));
    assertEquals("Ada Drafted", items.get(1).getString("patientName"));

    Answer nurses = Tenants.get(nurse, hospital.id(), "/api/records/drafts");
    assertEquals(200, nurses.status(), nurses.body());
    assertEquals(1, items(nurses).size(), nurses.body());
    assertEquals(ada.getString("id"), items(nurses).get(0).getString("patientId"));
  }

  @Test
  void pagesLikeTheOtherListsAndDropsADraftOnceSigned() {
    Users.Session other = Tenants.member(hospital, "drft-doc2", "DOCTOR");
    String first = Records.draft(other, hospital.id(), ada.getString("id")).getString("id");
    String second = Records.draft(other, hospital.id(), alan.getString("id")).getString("id");

    Answer page0 = Tenants.get(other, hospital.id(), "/api/records/drafts?size=1");
    assertEquals(200, page0.status(), page0.body());
    assertEquals(List.of(second), ids(items(page0)));
    assertEquals(2, page0.json().getInt("totalItems"));
    assertEquals(2, page0.json().getInt("totalPages"));
    Answer page1 = Tenants.get(other, hospital.id(), "/api/records/drafts?size=1&page=1");
    assertEquals(List.of(first), ids(items(page1)), page1.body());

    Answer signed =
        Tenants.send(other, hospital.id(), "POST", "/api/records/" + second + "/finalize", null);
    assertEquals(200, signed.status(), signed.body());
    assertEquals(
        List.of(first), ids(items(Tenants.get(other, hospital.id(), "/api/records/drafts"))));

    JsonObject refused =
        Tenants.get(other, hospital.id(), "/api/records/drafts?size=101")
            .assertProblem(400, "validation");
    assertEquals("size", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anotherHospitalsDraftsAreNeverShown() {
    Hospital elsewhere = Tenants.create("drfx");
    Users.Session theirs = Tenants.member(elsewhere, "drfx-doc", "DOCTOR");
    JsonObject patient = Patients.create(theirs, elsewhere.id(), Patients.body("Other", "Place"));
    Records.draft(theirs, elsewhere.id(), patient.getString("id"));
    // The same person in both hospitals sees, in each, only that hospital's drafts.
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), theirs.email(), "DOCTOR");
    assertEquals(201, added.status(), added.body());

    Answer here = Tenants.get(theirs, hospital.id(), "/api/records/drafts");
    assertEquals(200, here.status(), here.body());
    assertEquals(0, here.json().getInt("totalItems"), here.body());
    assertEquals(List.of(), items(here));
    Answer there = Tenants.get(theirs, elsewhere.id(), "/api/records/drafts");
    assertEquals(1, there.json().getInt("totalItems"), there.body());
    assertEquals("Other Place", items(there).get(0).getString("patientName"));

    Tenants.get(doctor, elsewhere.id(), "/api/records/drafts")
        .assertProblem(403, "tenant-forbidden");
  }

  @Test
  void onlyCliniciansAndEveryListIsAudited() {
    Tenants.get(desk, hospital.id(), "/api/records/drafts").assertProblem(403, "forbidden");
    Tenants.get(hospital.admin(), hospital.id(), "/api/records/drafts")
        .assertProblem(403, "forbidden");
    assertEquals(200, Tenants.get(doctor, hospital.id(), "/api/records/drafts").status());

    List<String> trail =
        items(
                Tenants.get(
                    hospital.admin(),
                    hospital.id(),
                    "/api/audit-events?resourceType=RECORD&size=100"))
            .stream()
            .map(
                e ->
                    e.getString("action")
                        + ":"
                        + e.getString("actorSub")
                        + ":"
                        + e.getString("attempted", "-"))
            .toList();
    assertTrue(trail.contains("SEARCH:" + doctor.sub() + ":-"), trail.toString());
    assertTrue(trail.contains("DENIED:" + desk.sub() + ":SEARCH"), trail.toString());
    assertTrue(trail.contains("DENIED:" + hospital.admin().sub() + ":SEARCH"), trail.toString());
  }

  private static List<JsonObject> items(Answer page) {
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> ids(List<JsonObject> items) {
    return items.stream().map(i -> i.getString("id")).toList();
  }
}
