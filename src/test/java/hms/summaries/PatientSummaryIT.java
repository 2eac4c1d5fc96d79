package hms.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patient's summary: each section derived from the records and appointments by its rule (signed
 * against draft, running courses, newest vitals, ordering), what each role sees, one audit event,
 * and the answers for unknown, other hospitals' and malformed ids.
 */
class PatientSummaryIT {
  private static Hospital hospital;
  private static Users.Session doctor;
  private static Users.Session nurse;
  private static Users.Session desk;
  private static String patient;
  private static String mrn;
  private static String firstSigned;
  private static String laterSigned;
  private static String draft;
  private static List<String> upcoming;
  private static String past;

  @BeforeAll
  static void patientWithRecordsAndAppointments() throws Exception {
    hospital = Tenants.create("summ");
    doctor = Tenants.member(hospital, "summ-doc", "DOCTOR");
    nurse = Tenants.member(hospital, "summ-nurse", "NURSE");
    desk = Tenants.member(hospital, "summ-desk", "RECEPTIONIST");
    JsonObject created =
        Patients.create(
            doctor,
            hospital.id(),
            Patients.body("Summary", "Patient")
                .add("allergies", Json.createArrayBuilder().add("Penicillin").add("Latex")));
    patient = created.getString("id");
    mrn = created.getString("mrn");
    firstSigned = Records.finalized(doctor, hospital.id(), patient).getString("id");
    laterSigned = signed(laterRecord());
    draft = Records.draft(nurse, hospital.id(), patient, draftRecord()).getString("id");
    // Booked out of order; the cancelled one is no longer upcoming.
    String inTwoDays = booked(Appointments.daysAhead(2, 9));
    String tomorrow = booked(Appointments.daysAhead(1, 9));
    Appointments.act(desk, hospital.id(), booked(Appointments.daysAhead(1, 11)), "cancel");
    upcoming = List.of(tomorrow, inTwoDays);
    past = UUID.randomUUID().toString();
    OffsetDateTime lastWeek = Appointments.daysAhead(-7, 9);
    Sql.run(
        "INSERT INTO "
            + Sql.table(hospital.id(), "appointments")
            + " (id, patient_id, clinician_sub, starts_at, ends_at, type, status, created_at,"
            + " created_by, updated_at, updated_by) VALUES ('%s', '%s', '%s', '%s', '%s',"
                .formatted(past, patient, doctor.sub(), lastWeek, lastWeek.plusMinutes(30))
            + " 'CHECKUP', 'COMPLETED', now(), 'test', now(), 'test')");
  }

  @Test
  void aDoctorSeesEachSectionByItsRule() {
    JsonObject summary = summary(doctor);
    JsonObject identity = summary.getJsonObject("patient");
    assertEquals(
        List.of(patient, mrn, "Summary", "Patient", "1980-05-17", "FEMALE", "ACTIVE"),
        List.of(
            identity.getString("id"),
            identity.getString("mrn"),
            identity.getString("givenName"),
            identity.getString("familyName"),
            identity.getString("dateOfBirth"),
            identity.getString("sex"),
            identity.getString("status")));
    assertEquals(List.of("Penicillin", "Latex"), strings(identity, "allergies"));
    JsonObject clinical = summary.getJsonObject("clinical");
    // Signed only, each code once from its latest signing: the draft's R05 is not there.
    List<JsonObject> diagnoses = objects(clinical, "activeDiagnoses");
    assertEquals(
        List.of(
            "J45.901:Asthma, mild persistent:" + laterSigned, "I10:Hypertension:" + laterSigned),
        diagnoses.stream()
            .map(
                d ->
                    d.getString("code")
                        + ":"
                        + d.getString("description")
                        + ":"
                        + d.getString("recordId"))
            .toList());
    // Both signed courses are running (30 and 90 days from today); the draft's is not counted.
    assertEquals(
        List.of("Amlodipine:" + laterSigned, "Salbutamol:" + firstSigned),
        objects(clinical, "currentPrescriptions").stream()
            .map(p -> p.getString("medication") + ":" + p.getString("recordId"))
            .toList());
    // Vitals are the newest record's that has any, a draft's too, and say so.
    JsonObject vitals = clinical.getJsonObject("lastVitals");
    assertEquals(draft, vitals.getString("recordId"));
    assertEquals("DRAFT", vitals.getString("recordStatus"));
    assertEquals(88, vitals.getJsonObject("vitals").getInt("pulse"));
    assertFalse(vitals.getString("recordedAt").isBlank());
    assertEquals(
        List.of(draft, laterSigned, firstSigned),
        objects(clinical, "recentRecords").stream().map(r -> r.getString("id")).toList());
    assertEquals(upcoming, ids(summary, "upcomingAppointments"));
    assertEquals(List.of(past), ids(summary, "recentAppointments"));
    JsonObject next = objects(summary, "upcomingAppointments").get(0);
    assertEquals("Summary Patient", next.getString("patientName"));
    assertEquals(mrn, next.getString("patientMrn"));
    assertEquals(doctor.email(), next.getString("clinicianEmail"));
  }

  @Test
  void clinicalSectionsForClinicalReadersOnly() {
    for (Users.Session reader : List.of(nurse, hospital.admin())) {
      JsonObject summary = summary(reader);
      assertEquals(3, objects(summary.getJsonObject("clinical"), "recentRecords").size());
      assertEquals(2, strings(summary.getJsonObject("patient"), "allergies").size());
    }
    JsonObject front = summary(desk);
    assertFalse(front.containsKey("clinical"), front.toString());
    assertFalse(front.getJsonObject("patient").containsKey("allergies"), front.toString());
    assertEquals("Patient", front.getJsonObject("patient").getString("familyName"));
    assertEquals(upcoming, ids(front, "upcomingAppointments"));
    assertEquals(List.of(past), ids(front, "recentAppointments"));
  }

  @Test
  void aPatientWithNothingYetHasEmptySections() {
    String fresh =
        Patients.create(desk, hospital.id(), Patients.body("Empty", "Chart")).getString("id");
    JsonObject clinical = answer(doctor, fresh).json().getJsonObject("clinical");
    assertEquals(0, clinical.getJsonArray("activeDiagnoses").size());
    assertEquals(0, clinical.getJsonArray("currentPrescriptions").size());
    assertEquals(0, clinical.getJsonArray("recentRecords").size());
    assertFalse(clinical.containsKey("lastVitals"), clinical.toString());
  }

  @Test
  void oneAuditedReadOfThePatientWithoutPhi() {
    String trail = "/api/audit-events?actor=" + nurse.sub() + "&size=100";
    int before = Tenants.get(hospital.admin(), hospital.id(), trail).json().getInt("totalItems");
    summary(nurse);
    Answer after = Tenants.get(hospital.admin(), hospital.id(), trail);
    List<JsonObject> events = objects(after.json(), "items");
    assertEquals(before + 1, after.json().getInt("totalItems"), after.body());
    JsonObject read =
        events.stream()
            .filter(e -> patient.equals(e.getString("resourceId", null)))
            .filter(e -> "READ".equals(e.getString("action")))
            .findFirst()
            .orElseThrow();
    assertEquals("PATIENT", read.getString("resourceType"));
    assertEquals("NURSE", read.getString("actorRole"));
    // The ADMIN reading the trail may see whose record it was (the label: name and MRN); nothing
    // else of the patient, and nothing clinical, is in an event.
    assertTrue(
        read.getJsonObject("resourceLabel").getString("text").contains(mrn), read.toString());
    for (JsonObject event : events) {
      String rest =
          jakarta.json.Json.createObjectBuilder(event).remove("resourceLabel").build().toString();
      for (String phi : List.of("Summary", "Penicillin", "J45", "Salbutamol", mrn)) {
        assertFalse(rest.contains(phi), phi + " in " + rest);
      }
    }
  }

  @Test
  void unknownOtherHospitalsAndMalformedIds() {
    answer(doctor, UUID.randomUUID().toString()).assertProblem(404, "not-found");
    Hospital other = Tenants.create("summo");
    Tenants.get(other.admin(), other.id(), "/api/patients/" + patient + "/summary")
        .assertProblem(404, "not-found");
    Tenants.get(other.admin(), hospital.id(), "/api/patients/" + patient + "/summary")
        .assertProblem(403, "tenant-forbidden");
    for (String bad : List.of("not-a-uuid", "12345678-1234-1234-1234-1234567890zz")) {
      JsonObject problem = answer(doctor, bad).assertProblem(400, "validation");
      assertEquals(
          "patientId",
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
  }

  private static JsonObject summary(Users.Session as) {
    Answer answer = answer(as, patient);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static Answer answer(Users.Session as, String id) {
    return Tenants.get(as, hospital.id(), "/api/patients/" + id + "/summary");
  }

  private static String booked(OffsetDateTime start) {
    return Appointments.booked(desk, hospital.id(), patient, doctor.sub(), start).getString("id");
  }

  private static String signed(jakarta.json.JsonObjectBuilder body) {
    String id = Records.draft(doctor, hospital.id(), patient, body).getString("id");
    Answer signed =
        Tenants.send(doctor, hospital.id(), "POST", "/api/records/" + id + "/finalize", null);
    assertEquals(200, signed.status(), signed.body());
    return id;
  }

  /** Signed after the first: the asthma reworded, hypertension new, no vitals. */
  private static jakarta.json.JsonObjectBuilder laterRecord() {
    return Records.body()
        .add("vitals", JsonValue.NULL)
        .add(
            "diagnoses",
            Json.createArrayBuilder()
                .add(diagnosis("J45.901", "Asthma, mild persistent"))
                .add(diagnosis("I10", "Hypertension")))
        .add(
            "prescriptions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("medication", "Amlodipine")
                        .add("dose", "5 mg")
                        .add("route", "ORAL")
                        .add("frequency", "once daily")
                        .add("durationDays", 90)));
  }

  /** The nurse's draft: vitals, and a diagnosis and prescription nobody signed. */
  private static jakarta.json.JsonObjectBuilder draftRecord() {
    return Records.body()
        .add("vitals", Json.createObjectBuilder().add("pulse", 88).add("spo2", 95))
        .add("diagnoses", Json.createArrayBuilder().add(diagnosis("R05", "Cough")))
        .add(
            "prescriptions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("medication", "Codeine")
                        .add("dose", "15 mg")
                        .add("route", "ORAL")
                        .add("frequency", "at night")
                        .add("durationDays", 5)));
  }

  private static JsonObject diagnosis(String code, String description) {
    return Json.createObjectBuilder().add("code", code).add("description", description).build();
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static List<String> ids(JsonObject o, String key) {
    return objects(o, key).stream().map(a -> a.getString("id")).toList();
  }
}
