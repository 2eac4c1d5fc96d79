package hms.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A record's life: draft, edits with If-Match, signing, refused edits, amendments, the list. */
class RecordLifecycleIT {
  private static Hospital hospital;
  private static Users.Session doctor;
  private static Users.Session nurse;
  private static String patient;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("rec");
    doctor = Tenants.member(hospital, "rec-doc", "DOCTOR");
    nurse = Tenants.member(hospital, "rec-nurse", "NURSE");
    patient =
        Patients.create(nurse, hospital.id(), Patients.body("Record", "Patient")).getString("id");
  }

  @Test
  void draftEditFinalizeThenOnlyAmendments() {
    Answer created = Records.create(nurse, hospital.id(), patient, Records.body());
    assertEquals(201, created.status(), created.body());
    JsonObject draft = created.json();
    String id = draft.getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith("/api/records/" + id));
    assertEquals("\"1\"", created.header("ETag").orElseThrow());
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(patient, draft.getString("patientId"));
    assertEquals(nurse.sub(), draft.getString("authorSub"));
    assertEquals(120, draft.getJsonObject("vitals").getInt("systolic"));
    assertEquals(
        "70.25",
        draft.getJsonObject("vitals").getJsonNumber("weightKg").bigDecimalValue().toPlainString());
    assertEquals("J45.901", draft.getJsonArray("diagnoses").getJsonObject(0).getString("code"));
    assertEquals(
        "INHALED", draft.getJsonArray("prescriptions").getJsonObject(0).getString("route"));

    String edited =
        Records.body()
            .add("assessment", "Asthma, partly controlled.")
            .add(
                "diagnoses",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "J45.40")
                            .add("description", "Moderate persistent asthma"))
                    .add(Json.createObjectBuilder().add("code", "R05").add("description", "Cough")))
            .build()
            .toString();
    put(id, null, edited).assertProblem(428, "if-match-required");
    put(id, "\"7\"", edited).assertProblem(412, "stale-version");
    Answer put = put(id, "\"1\"", edited);
    assertEquals(200, put.status(), put.body());
    assertEquals("\"2\"", put.header("ETag").orElseThrow());
    assertEquals("Asthma, partly controlled.", put.json().getString("assessment"));
    assertEquals(
        List.of("J45.40", "R05"),
        put.json().getJsonArray("diagnoses").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("code"))
            .toList());

    action(nurse, id, "finalize").assertProblem(403, "forbidden");
    Tenants.send(doctor, hospital.id(), "POST", "/api/records/" + id + "/amendments", amendment())
        .assertProblem(409, "record-draft");
    Answer stale =
        Tenants.send(
            doctor,
            hospital.id(),
            "POST",
            "/api/records/" + id + "/finalize",
            null,
            Map.of("If-Match", "\"1\""));
    stale.assertProblem(412, "stale-version");
    Answer signed = action(doctor, id, "finalize");
    assertEquals(200, signed.status(), signed.body());
    assertEquals("FINAL", signed.json().getString("status"));
    assertEquals(doctor.sub(), signed.json().getString("finalizedBy"));
    assertFalse(signed.json().isNull("finalizedAt"));

    put(id, "\"3\"", edited).assertProblem(409, "record-final");
    action(doctor, id, "finalize").assertProblem(409, "record-final");

    Answer amended =
        Tenants.send(
            nurse, hospital.id(), "POST", "/api/records/" + id + "/amendments", amendment());
    assertEquals(201, amended.status(), amended.body());
    assertEquals(nurse.sub(), amended.json().getString("authorSub"));
    JsonObject after = Tenants.get(doctor, hospital.id(), "/api/records/" + id).json();
    assertEquals("Asthma, partly controlled.", after.getString("assessment"), "unchanged");
    assertEquals(1, after.getJsonArray("amendments").size());
    assertEquals(
        "Dose corrected", after.getJsonArray("amendments").getJsonObject(0).getString("reason"));
  }

  @Test
  void aSignedRecordIsImmutableInTheDatabaseToo() throws SQLException {
    String id = Records.finalized(doctor, hospital.id(), patient).getString("id");
    Tenants.send(doctor, hospital.id(), "POST", "/api/records/" + id + "/amendments", amendment());
    String records = Sql.table(hospital.id(), "clinical_records");
    String diagnoses = Sql.table(hospital.id(), "record_diagnoses");
    String amendments = Sql.table(hospital.id(), "record_amendments");
    for (String change :
        List.of(
            "UPDATE " + records + " SET plan = 'changed' WHERE id = '" + id + "'",
            "DELETE FROM " + records + " WHERE id = '" + id + "'",
            "UPDATE " + diagnoses + " SET code = 'A00' WHERE record_id = '" + id + "'",
            "DELETE FROM " + diagnoses + " WHERE record_id = '" + id + "'",
            "INSERT INTO "
                + diagnoses
                + " VALUES ('"
                + UUID.randomUUID()
                + "', '"
                + id
                + "', 9, 'A00', 'x')",
            "UPDATE " + amendments + " SET text = 'changed' WHERE record_id = '" + id + "'",
            "DELETE FROM " + amendments + " WHERE record_id = '" + id + "'")) {
      assertThrows(SQLException.class, () -> Sql.run(change), change);
    }
    JsonObject record = Tenants.get(doctor, hospital.id(), "/api/records/" + id).json();
    assertEquals("Inhaler; review in four weeks.", record.getString("plan"));
    assertEquals(1, record.getJsonArray("diagnoses").size());
    assertEquals(1, record.getJsonArray("amendments").size());
  }

  @Test
  void listsAPatientsRecordsNewestFirstAndPaged() {
    String someone =
        Patients.create(nurse, hospital.id(), Patients.body("Listed", "Patient")).getString("id");
    String first = Records.draft(nurse, hospital.id(), someone).getString("id");
    String second = Records.finalized(doctor, hospital.id(), someone).getString("id");
    String third = Records.draft(doctor, hospital.id(), someone).getString("id");
    JsonObject page =
        Tenants.get(doctor, hospital.id(), "/api/patients/" + someone + "/records?size=2").json();
    assertEquals(3, page.getInt("totalItems"));
    assertEquals(2, page.getInt("totalPages"));
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(List.of(third, second), items.stream().map(i -> i.getString("id")).toList());
    assertEquals("FINAL", items.get(1).getString("status"));
    assertEquals("Cough for two weeks", items.get(0).getString("chiefComplaint"));
    JsonObject rest =
        Tenants.get(doctor, hospital.id(), "/api/patients/" + someone + "/records?page=1&size=2")
            .json();
    assertEquals(first, rest.getJsonArray("items").getJsonObject(0).getString("id"));

    Tenants.get(doctor, hospital.id(), "/api/patients/" + UUID.randomUUID() + "/records")
        .assertProblem(404, "not-found");
    Records.create(doctor, hospital.id(), UUID.randomUUID().toString(), Records.body())
        .assertProblem(404, "not-found");
    Tenants.get(doctor, hospital.id(), "/api/records/" + UUID.randomUUID())
        .assertProblem(404, "not-found");
  }

  @Test
  void aRecordOfAnAppointmentNamesOneOfThePatientsOwn() {
    String other =
        Patients.create(nurse, hospital.id(), Patients.body("Other", "Patient")).getString("id");
    String visit =
        Appointments.booked(
                nurse, hospital.id(), patient, doctor.sub(), Appointments.daysAhead(3, 9))
            .getString("id");
    Answer ok =
        Records.create(doctor, hospital.id(), patient, Records.body().add("appointmentId", visit));
    assertEquals(201, ok.status(), ok.body());
    assertEquals(visit, ok.json().getString("appointmentId"));
    for (String wrong : List.of(visit, UUID.randomUUID().toString())) {
      JsonObject problem =
          Records.create(doctor, hospital.id(), other, Records.body().add("appointmentId", wrong))
              .assertProblem(400, "validation");
      assertEquals(
          "appointmentId", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
  }

  private static String amendment() {
    return "{\"reason\": \"Dose corrected\", \"text\": \"Salbutamol 200 mcg, not 100 mcg.\"}";
  }

  private static Answer action(Users.Session as, String id, String action) {
    return Tenants.send(as, hospital.id(), "POST", "/api/records/" + id + "/" + action, null);
  }

  private static Answer put(String id, String ifMatch, String body) {
    return Tenants.send(
        doctor,
        hospital.id(),
        "PUT",
        "/api/records/" + id,
        body,
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }
}
