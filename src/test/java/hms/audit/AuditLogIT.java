package hms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The audit log as people read it: named actors and resources, and its filters. */
class AuditLogIT {

  /** A hospital where a named doctor and an unnamed nurse worked on one patient. */
  private record Scene(
      Hospital h,
      Users.Session doctor,
      Users.Session nurse,
      String patient,
      String mrn,
      String appointment,
      OffsetDateTime start,
      String record) {

    static Scene make(String prefix) {
      Hospital h = Tenants.create(prefix);
      Users.Session doctor = Users.signedIn(prefix + "-doc");
      Answer added =
          Tenants.send(
              h.admin(),
              h.id(),
              "POST",
              "/api/members",
              "{\"email\": \"%s\", \"role\": \"DOCTOR\", \"displayName\": \"Dr Ada Audit\"}"
                  .formatted(doctor.email()));
      assertEquals(201, added.status(), added.body());
      Users.Session nurse = Tenants.member(h, prefix + "-nurse", "NURSE");
      JsonObject p = Patients.create(doctor, h.id(), Patients.body("Grace", "Labelled"));
      OffsetDateTime start = Appointments.daysAhead(3, 10);
      String appointment =
          Appointments.booked(doctor, h.id(), p.getString("id"), doctor.sub(), start)
              .getString("id");
      String record = Records.draft(doctor, h.id(), p.getString("id")).getString("id");
      return new Scene(
          h, doctor, nurse, p.getString("id"), p.getString("mrn"), appointment, start, record);
    }

    List<JsonObject> events(String query) {
      Answer trail = Tenants.get(h.admin(), h.id(), "/api/audit-events?size=100&" + query);
      assertEquals(200, trail.status(), trail.body());
      return trail.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }
  }

  private static JsonObject one(List<JsonObject> events, Predicate<JsonObject> which) {
    List<JsonObject> found = events.stream().filter(which).toList();
    assertEquals(1, found.size(), events.toString());
    return found.get(0);
  }

  private static Predicate<JsonObject> is(String action, String type) {
    return e -> e.getString("action").equals(action) && e.getString("resourceType").equals(type);
  }

  @Test
  void namesActorsAndResourcesIncludingARemovedMember() {
    Scene s = Scene.make("alog");
    Tenants.get(s.nurse(), s.h().id(), "/api/patients/" + s.patient());
    assertEquals(
        200,
        Tenants.get(s.doctor(), s.h().id(), "/api/patients/" + s.patient() + "/records").status());
    String ghost = UUID.randomUUID().toString();
    Tenants.send(s.nurse(), s.h().id(), "DELETE", "/api/patients/" + ghost, null)
        .assertProblem(403, "forbidden");
    assertEquals(
        204,
        Tenants.send(s.h().admin(), s.h().id(), "DELETE", "/api/members/" + s.nurse().sub(), null)
            .status());

    List<JsonObject> events = s.events("");
    String label = "Grace Labelled · " + s.mrn();

    JsonObject created = one(events, is("CREATE", "PATIENT"));
    assertEquals("Dr Ada Audit", created.getString("actorName"));
    assertEquals(s.doctor().email(), created.getString("actorEmail"));
    assertEquals(label, created.getJsonObject("resourceLabel").getString("text"));
    assertEquals(s.patient(), created.getJsonObject("resourceLabel").getString("patientId"));

    JsonObject booked = one(events, is("CREATE", "APPOINTMENT"));
    JsonObject bookedLabel = booked.getJsonObject("resourceLabel");
    assertEquals(label, bookedLabel.getString("text"));
    assertEquals("CONSULTATION", bookedLabel.getString("kind"));
    assertEquals(s.start().toInstant(), Instant.parse(bookedLabel.getString("at")));

    JsonObject written = one(events, is("CREATE", "RECORD"));
    assertEquals(s.record(), written.getString("resourceId"));
    assertEquals(label, written.getJsonObject("resourceLabel").getString("text"));
    assertEquals("CONSULTATION", written.getJsonObject("resourceLabel").getString("kind"));

    // The list of the patient's records is audited with the patient's id: named by that patient,
    // whose id the label's patientId repeats, with no record's type or time.
    JsonObject listed = one(events, is("SEARCH", "RECORD"));
    assertEquals(s.patient(), listed.getString("resourceId"));
    assertTrue(listed.containsKey("resourceLabel"), listed.toString());
    JsonObject listedLabel = listed.getJsonObject("resourceLabel");
    assertEquals(label, listedLabel.getString("text"), listed.toString());
    assertEquals(s.patient(), listedLabel.getString("patientId"));
    assertFalse(listedLabel.containsKey("kind"), listedLabel.toString());
    assertFalse(listedLabel.containsKey("at"), listedLabel.toString());

    // The nurse was removed: still named. The hospital gave no name, so the identity provider's
    // (the tests' accounts sign up as "Test"), with the e-mail beside it.
    JsonObject read = one(events, is("READ", "PATIENT"));
    assertEquals("Test", read.getString("actorName"));
    assertEquals(s.nurse().email(), read.getString("actorEmail"));
    assertEquals("NURSE", read.getString("actorRole"));
    JsonObject removed = one(events, is("DELETE", "MEMBER"));
    assertEquals("Test", removed.getJsonObject("resourceLabel").getString("text"));

    // A patient that does not exist gets no label: the screen shows the type and the id.
    JsonObject refused = one(events, e -> ghost.equals(e.getString("resourceId", null)));
    assertEquals("DENIED", refused.getString("outcome"));
    assertFalse(refused.containsKey("resourceLabel"), refused.toString());
  }

  @Test
  void filtersByPersonActionTypeAndTime() {
    Scene s = Scene.make("afil");
    Tenants.get(s.nurse(), s.h().id(), "/api/patients/" + s.patient());

    List<JsonObject> doctorsCreations = s.events("actor=" + s.doctor().sub() + "&action=CREATE");
    assertEquals(
        List.of("APPOINTMENT", "PATIENT", "RECORD"),
        doctorsCreations.stream().map(e -> e.getString("resourceType")).sorted().toList());
    assertTrue(
        doctorsCreations.stream().allMatch(e -> e.getString("actorSub").equals(s.doctor().sub())));

    List<JsonObject> reads = s.events("action=READ");
    assertEquals(1, reads.size(), reads.toString());
    assertEquals(s.nurse().sub(), reads.get(0).getString("actorSub"));

    List<JsonObject> appointments = s.events("resourceType=APPOINTMENT");
    assertTrue(
        appointments.stream().allMatch(e -> e.getString("resourceType").equals("APPOINTMENT")));
    assertEquals(1, appointments.size(), appointments.toString());

    Instant now = Instant.now();
    assertEquals(0, s.events("from=" + now.plusSeconds(60) + "&action=CREATE").size());
    assertEquals(
        3,
        s.events(
                "actor="
                    + s.doctor().sub()
                    + "&action=CREATE&from="
                    + now.minusSeconds(600)
                    + "&to="
                    + now.plusSeconds(60))
            .size());
    // An instant with an offset, as everywhere in the API (+ written %2B in a query).
    String kathmandu =
        now.minusSeconds(600).atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 45)).toString();
    assertEquals(
        3,
        s.events(
                "actor="
                    + s.doctor().sub()
                    + "&action=CREATE&from="
                    + kathmandu.replace("+", "%2B"))
            .size(),
        kathmandu);
  }

  @Test
  void badFilterValuesAreRefusedNamingTheParameter() {
    Hospital h = Tenants.create("abad");
    for (String bad :
        List.of(
            "action=STEAL",
            "action=create",
            "resourceType=PATIENTS",
            "resourceType=SECURITY_EVENT",
            "to=2026-01-01T00:00:00Z&from=2026-01-02T00:00:00Z")) {
      JsonObject problem =
          Tenants.get(h.admin(), h.id(), "/api/audit-events?" + bad)
              .assertProblem(400, "validation");
      String field = bad.substring(0, bad.indexOf('='));
      assertEquals(
          field,
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
  }
}
