package hms.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NUL and other control characters never reach the database: 400 naming the field or parameter,
 * never 500; tab and line breaks stay allowed in text.
 */
class ControlCharactersIT {
  private static Hospital hospital;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("ctrl");
  }

  @Test
  void aNulInAQueryParameterIsRefusedNamingIt() {
    assertField(get("/api/patients?q=%00"), "q");
    assertField(get("/api/patients?q=ann%07"), "q");
  }

  @Test
  void theExportDecidesItsStatusBeforeItsFirstByte() {
    Answer export = get("/api/patients/export?q=%00");
    assertField(export, "q");
  }

  @Test
  void aNulInABodyFieldIsRefusedNamingIt() {
    assertField(register(Patients.body("Ann\u0000", "Nul")), "givenName");
    assertField(
        register(
            Patients.body("Ann", "Nested")
                .add(
                    "address",
                    jakarta.json.Json.createObjectBuilder().add("city", "Ber\u001blin"))),
        "address.city");
  }

  @Test
  void tabsAndLineBreaksStayAllowedInText() {
    Answer created =
        register(Patients.body("Ann", "Notes").add("notes", "line one\nline two\tindented"));
    assertEquals(201, created.status(), created.body());
  }

  private static Answer register(jakarta.json.JsonObjectBuilder patient) {
    return Tenants.send(
        hospital.admin(), hospital.id(), "POST", "/api/patients", patient.build().toString());
  }

  private static Answer get(String path) {
    return Tenants.get(hospital.admin(), hospital.id(), path);
  }

  private static void assertField(Answer answer, String field) {
    JsonObject problem = answer.assertProblem(400, "validation");
    assertEquals(
        field,
        problem.getJsonArray("errors").getJsonObject(0).getString("field"),
        problem.toString());
  }
}
