package hms.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A value of the wrong type or form is a validation problem naming the field or parameter. */
class TypeErrorsIT {
  private static Hospital hospital;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("types");
  }

  @Test
  void aBodyFieldOfTheWrongFormIsNamedWithWhatItAccepts() {
    JsonObject sex = field(post(Patients.body("Robot", "Sex").add("sex", "robot")), "sex");
    assertTrue(sex.getString("message").contains("FEMALE"), sex.toString());
    field(post(Patients.body("Leap", "Day").add("dateOfBirth", "1999-02-30")), "dateOfBirth");
  }

  @Test
  void valuesTheJsonReaderWouldConvertAreRefusedNotChanged() {
    // JSON-B took these and changed them: 4294967326 minutes booked 30, 30.5 and "30" booked 30,
    // and a number became a name.
    for (String minutes : java.util.List.of("4294967326", "30.5", "\"30\"")) {
      String body =
          "{\"patientId\": \""
              + java.util.UUID.randomUUID()
              + "\", \"clinicianId\": \"someone\", \"start\": \"2030-01-07T09:00:00Z\","
              + " \"durationMinutes\": "
              + minutes
              + ", \"type\": \"CHECKUP\"}";
      JsonObject error =
          field(
              Tenants.send(hospital.admin(), hospital.id(), "POST", "/api/appointments", body),
              "durationMinutes");
      assertEquals("must be a whole number", error.getString("message"), minutes);
    }
    field(post(Patients.body("Robot", "Sex").add("givenName", 123)), "givenName");
    field(
        post(Patients.body("Robot", "Sex").add("allergies", Json.createArrayBuilder().add(42))),
        "allergies[0]");
  }

  @Test
  void aQueryParameterOfTheWrongFormIsNamedNotNotFound() {
    JsonObject sex = field(get("/api/patients?sex=ROBOT"), "sex");
    assertTrue(sex.getString("message").contains("FEMALE"), sex.toString());
    field(get("/api/patients?status=x"), "status");
    field(get("/api/patients?size=1e9"), "size");
    field(get("/api/patients?page=2147483648"), "page");
  }

  @Test
  void aMissingRequiredQueryParameterIsNamed() {
    field(
        get("/api/clinicians/" + hospital.admin().sub() + "/free-slots?durationMinutes=30"),
        "date");
  }

  private static Answer post(jakarta.json.JsonObjectBuilder body) {
    return Tenants.send(
        hospital.admin(), hospital.id(), "POST", "/api/patients", body.build().toString());
  }

  private static Answer get(String path) {
    return Tenants.get(hospital.admin(), hospital.id(), path);
  }

  private static JsonObject field(Answer answer, String name) {
    JsonObject error =
        answer.assertProblem(400, "validation").getJsonArray("errors").getJsonObject(0);
    assertEquals(name, error.getString("field"), answer.body());
    return error;
  }
}
