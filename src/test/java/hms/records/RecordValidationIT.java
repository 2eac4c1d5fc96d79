package hms.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vitals within physiological ranges, ICD-10 codes by their form, sizes bounded. */
class RecordValidationIT {
  private static Hospital hospital;
  private static Users.Session doctor;
  private static String patient;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("recv");
    doctor = Tenants.member(hospital, "recv-doc", "DOCTOR");
    patient =
        Patients.create(doctor, hospital.id(), Patients.body("Valid", "Patient")).getString("id");
  }

  @Test
  void vitalsOutsideWhatALivingPatientShowsAreRefused() {
    Map<String, List<Number>> outside =
        Map.of(
            "heightCm", List.of(19.9, 272.1, 170.25),
            "weightKg", List.of(0.1, 650.5, 70.125),
            "temperatureC", List.of(24.9, 45.1, 37.25),
            "pulse", List.of(19, 301),
            "systolic", List.of(39, 301),
            "diastolic", List.of(19, 201),
            "respiratoryRate", List.of(3, 81),
            "spo2", List.of(49, 101));
    outside.forEach(
        (field, values) -> {
          for (Number value : values) {
            JsonObjectBuilder vitals = Json.createObjectBuilder();
            if (value instanceof Double d) {
              vitals.add(field, d);
            } else {
              vitals.add(field, value.intValue());
            }
            JsonObject problem =
                Records.create(doctor, hospital.id(), patient, Records.body().add("vitals", vitals))
                    .assertProblem(400, "validation");
            assertEquals(
                "vitals." + field,
                problem.getJsonArray("errors").getJsonObject(0).getString("field"),
                field + "=" + value);
          }
        });
    JsonObject inverted =
        Records.create(
                doctor,
                hospital.id(),
                patient,
                Records.body()
                    .add(
                        "vitals",
                        Json.createObjectBuilder().add("systolic", 80).add("diastolic", 80)))
            .assertProblem(400, "validation");
    assertEquals(
        "vitals.diastolic", inverted.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void theEdgesOfTheRangesAndEmptyVitalsAreAccepted() {
    JsonObjectBuilder edges =
        Json.createObjectBuilder()
            .add("heightCm", 20)
            .add("weightKg", 650)
            .add("temperatureC", 45)
            .add("pulse", 300)
            .add("systolic", 300)
            .add("diastolic", 20)
            .add("respiratoryRate", 4)
            .add("spo2", 100);
    Answer created =
        Records.create(doctor, hospital.id(), patient, Records.body().add("vitals", edges));
    assertEquals(201, created.status(), created.body());
    Answer bare =
        Records.create(
            doctor,
            hospital.id(),
            patient,
            Json.createObjectBuilder()
                .add("type", "PHONE")
                .add("chiefComplaint", "Asks for results"));
    assertEquals(201, bare.status(), bare.body());
    assertEquals(0, bare.json().getJsonArray("diagnoses").size());
  }

  @Test
  void diagnosisCodesMustHaveTheIcd10Form() {
    for (String good : List.of("J45", "J45.901", "C4A.1", "S52.521A", "U07.1", "Z00.00")) {
      Answer created = Records.create(doctor, hospital.id(), patient, withCode(good));
      assertEquals(201, created.status(), good + ": " + created.body());
    }
    for (String bad :
        List.of("j45", "45.9", "J4", "JJ5.1", "J45.", "J45.12345", "J45 901", "J45-901", "")) {
      JsonObject problem =
          Records.create(doctor, hospital.id(), patient, withCode(bad))
              .assertProblem(400, "validation");
      assertEquals(
          "diagnoses[0].code",
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          bad);
    }
  }

  @Test
  void sizesAndRequiredFieldsAreBounded() {
    String patient =
        Patients.create(doctor, hospital.id(), Patients.body("Bounded", "Patient")).getString("id");
    JsonArrayBuilder many = Json.createArrayBuilder();
    for (int i = 0; i < 21; i++) {
      many.add(Json.createObjectBuilder().add("code", "R05").add("description", "Cough"));
    }
    Records.create(doctor, hospital.id(), patient, Records.body().add("diagnoses", many))
        .assertProblem(400, "validation");
    Records.create(doctor, hospital.id(), patient, Records.body().add("plan", "x".repeat(8001)))
        .assertProblem(400, "validation");
    Records.create(doctor, hospital.id(), patient, Records.body().add("chiefComplaint", " "))
        .assertProblem(400, "validation");
    Records.create(doctor, hospital.id(), patient, Records.body().add("type", "SURGERY"))
        .assertProblem(400, "validation");
    JsonObjectBuilder badPrescription =
        Json.createObjectBuilder()
            .add("medication", "Amoxicillin")
            .add("dose", "500 mg")
            .add("route", "ORAL")
            .add("frequency", "3 times daily")
            .add("durationDays", 0);
    Records.create(
            doctor,
            hospital.id(),
            patient,
            Records.body().add("prescriptions", Json.createArrayBuilder().add(badPrescription)))
        .assertProblem(400, "validation");
    assertEquals(
        0,
        Tenants.get(doctor, hospital.id(), "/api/patients/" + patient + "/records")
            .json()
            .getInt("totalItems"),
        "no refused record was stored");
  }

  private static JsonObjectBuilder withCode(String code) {
    return Records.body()
        .add(
            "diagnoses",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", code).add("description", "Something")));
  }
}
