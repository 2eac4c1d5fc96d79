package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Appointments booked through the API, at times safely in the future. */
public final class Appointments {
  private Appointments() {}

  /** A whole hour some days ahead, in UTC. */
  public static OffsetDateTime daysAhead(int days, int hour) {
    return OffsetDateTime.now(ZoneOffset.UTC)
        .plusDays(days)
        .truncatedTo(ChronoUnit.DAYS)
        .withHour(hour);
  }

  public static String body(String patientId, String clinician, OffsetDateTime start, int minutes) {
    return Json.createObjectBuilder()
        .add("patientId", patientId)
        .add("clinicianId", clinician)
        .add("start", start.toString())
        .add("durationMinutes", minutes)
        .add("type", "CONSULTATION")
        .add("reason", "Cough for two weeks")
        .build()
        .toString();
  }

  public static Answer book(
      Users.Session as, String tenant, String patientId, String clinician, OffsetDateTime start) {
    return Tenants.send(
        as, tenant, "POST", "/api/appointments", body(patientId, clinician, start, 30));
  }

  public static JsonObject booked(
      Users.Session as, String tenant, String patientId, String clinician, OffsetDateTime start) {
    Answer answer = book(as, tenant, patientId, clinician, start);
    assertEquals(201, answer.status(), answer.body());
    return answer.json();
  }

  /** POST /api/appointments/{id}/{action}, with a reason for cancel. */
  public static Answer act(Users.Session as, String tenant, String id, String action) {
    String body = "cancel".equals(action) ? "{\"reason\": \"Patient called\"}" : null;
    return Tenants.send(as, tenant, "POST", "/api/appointments/" + id + "/" + action, body);
  }
}
