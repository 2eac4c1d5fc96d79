package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Clinical records written through the API. */
public final class Records {
  private Records() {}

  /** A complete, valid record: SOAP, vitals, one diagnosis, one prescription. */
  public static JsonObjectBuilder body() {
    return Json.createObjectBuilder()
        .add("type", "CONSULTATION")
        .add("chiefComplaint", "Cough for two weeks")
        .add("subjective", "Dry cough, worse at night.")
        .add("objective", "Wheezing on both sides.")
        .add("assessment", "Asthma, not controlled.")
        .add("plan", "Inhaler; review in four weeks.")
        .add(
            "vitals",
            Json.createObjectBuilder()
                .add("heightCm", 172.5)
                .add("weightKg", 70.25)
                .add("temperatureC", 37.2)
                .add("pulse", 72)
                .add("systolic", 120)
                .add("diastolic", 80)
                .add("respiratoryRate", 16)
                .add("spo2", 97))
        .add(
            "diagnoses",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("code", "J45.901")
                        .add("description", "Asthma, uncomplicated")))
        .add(
            "prescriptions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("medication", "Salbutamol")
                        .add("dose", "100 mcg")
                        .add("route", "INHALED")
                        .add("frequency", "as needed, up to 4 times daily")
                        .add("durationDays", 30)));
  }

  public static Answer create(
      Users.Session as, String tenant, String patientId, JsonObjectBuilder body) {
    return Tenants.send(
        as, tenant, "POST", "/api/patients/" + patientId + "/records", body.build().toString());
  }

  /** A fresh DRAFT; returns its JSON. */
  public static JsonObject draft(Users.Session as, String tenant, String patientId) {
    return draft(as, tenant, patientId, body());
  }

  /** A fresh DRAFT with this content; returns its JSON. */
  public static JsonObject draft(
      Users.Session as, String tenant, String patientId, JsonObjectBuilder body) {
    Answer created = create(as, tenant, patientId, body);
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  /** A fresh record, signed by the doctor. */
  public static JsonObject finalized(Users.Session doctor, String tenant, String patientId) {
    String id = draft(doctor, tenant, patientId).getString("id");
    Answer signed = Tenants.send(doctor, tenant, "POST", "/api/records/" + id + "/finalize", null);
    assertEquals(200, signed.status(), signed.body());
    return signed.json();
  }
}
