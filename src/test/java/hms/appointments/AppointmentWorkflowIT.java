package hms.appointments;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The status workflow over HTTP: every move from every status, who may make it, and its audit. */
class AppointmentWorkflowIT {
  private static final List<String> ACTIONS =
      List.of("confirm", "check-in", "start", "complete", "cancel", "no-show");

  /** How to reach each status from SCHEDULED, and where each allowed action leads from it. */
  private static final Map<String, List<String>> PATH_TO =
      Map.of(
          "SCHEDULED", List.of(),
          "CONFIRMED", List.of("confirm"),
          "CHECKED_IN", List.of("confirm", "check-in"),
          "IN_PROGRESS", List.of("confirm", "check-in", "start"),
          "COMPLETED", List.of("confirm", "check-in", "start", "complete"),
          "CANCELLED", List.of("cancel"),
          "NO_SHOW", List.of("no-show"));

  private static final Map<String, Map<String, String>> ALLOWED =
      Map.of(
          "SCHEDULED", Map.of("confirm", "CONFIRMED", "cancel", "CANCELLED", "no-show", "NO_SHOW"),
          "CONFIRMED",
              Map.of("check-in", "CHECKED_IN", "cancel", "CANCELLED", "no-show", "NO_SHOW"),
          "CHECKED_IN", Map.of("start", "IN_PROGRESS"),
          "IN_PROGRESS", Map.of("complete", "COMPLETED"),
          "COMPLETED", Map.of(),
          "CANCELLED", Map.of(),
          "NO_SHOW", Map.of());

  private static final AtomicInteger HOURS = new AtomicInteger();

  private static Hospital hospital;
  private static Users.Session doctor;
  private static Users.Session desk;
  private static String patient;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("flow");
    doctor = Tenants.member(hospital, "flow-doc", "DOCTOR");
    desk = Tenants.member(hospital, "flow-desk", "RECEPTIONIST");
    patient =
        Patients.create(desk, hospital.id(), Patients.body("Flow", "Patient")).getString("id");
  }

  @Test
  void everyActionFromEveryStatusIsAllowedOrRefusedAsTheWorkflowSays() throws SQLException {
    List<Executable> checks = new ArrayList<>();
    for (String status : PATH_TO.keySet()) {
      for (String action : ACTIONS) {
        String id = appointmentIn(status, true);
        Answer answer = Appointments.act(doctor, hospital.id(), id, action);
        String target = ALLOWED.get(status).get(action);
        String what = status + " --" + action + "-->";
        if (target != null) {
          checks.add(() -> assertEquals(200, answer.status(), what + " " + answer.body()));
          checks.add(() -> assertEquals(target, answer.json().getString("status"), what));
        } else {
          checks.add(() -> answer.assertProblem(409, "invalid-transition"));
          checks.add(() -> assertEquals(status, statusOf(id), what + " changed nothing"));
        }
      }
    }
    assertAll(checks);
  }

  @Test
  void noShowOnlyOnceTheStartHasPassed() throws SQLException {
    String id = appointmentIn("CONFIRMED", false);
    Appointments.act(desk, hospital.id(), id, "no-show").assertProblem(409, "appointment-not-due");
    assertEquals("CONFIRMED", statusOf(id));
  }

  @Test
  void cancellingNeedsAReasonAndKeepsIt() throws SQLException {
    String id = appointmentIn("SCHEDULED", false);
    String path = "/api/appointments/" + id + "/cancel";
    Tenants.send(desk, hospital.id(), "POST", path, "{\"reason\": \"  \"}")
        .assertProblem(400, "validation");
    Tenants.send(desk, hospital.id(), "POST", path, "{}").assertProblem(400, "validation");
    // Spaces that are not ASCII, and invisible characters, are no reason either (they passed).
    for (String nothing : List.of("\\u2028", "\\u3000", "\\u00a0", "\\u200b", "\\u202e")) {
      JsonObject problem =
          Tenants.send(desk, hospital.id(), "POST", path, "{\"reason\": \"" + nothing + "\"}")
              .assertProblem(400, "validation");
      assertEquals(
          "reason",
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
    assertEquals("SCHEDULED", statusOf(id));
    Answer cancelled =
        Tenants.send(desk, hospital.id(), "POST", path, "{\"reason\": \"Feeling better\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("Feeling better", cancelled.json().getString("cancellationReason"));
  }

  @Test
  void onlyCliniciansStartAndCompleteAndRefusalsAreAudited() throws SQLException {
    Users.Session nurse = Tenants.member(hospital, "flow-nurse", "NURSE");
    String id = appointmentIn("CHECKED_IN", false);
    Appointments.act(desk, hospital.id(), id, "start").assertProblem(403, "forbidden");
    Appointments.act(hospital.admin(), hospital.id(), id, "start").assertProblem(403, "forbidden");
    assertEquals("CHECKED_IN", statusOf(id));
    assertEquals(
        "IN_PROGRESS",
        Appointments.act(nurse, hospital.id(), id, "start").json().getString("status"));
    Appointments.act(desk, hospital.id(), id, "complete").assertProblem(403, "forbidden");
    assertEquals(
        "COMPLETED",
        Appointments.act(nurse, hospital.id(), id, "complete").json().getString("status"));

    List<JsonObject> trail =
        Tenants.get(
                hospital.admin(),
                hospital.id(),
                "/api/audit-events?resourceType=APPOINTMENT&resourceId=" + id + "&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(
        3,
        trail.stream().filter(e -> "DENIED".equals(e.getString("outcome"))).count(),
        trail.toString());
    assertEquals(
        List.of(desk.sub(), hospital.admin().sub(), desk.sub()),
        trail.stream()
            .filter(e -> "DENIED".equals(e.getString("outcome")))
            .sorted(java.util.Comparator.comparing(e -> java.time.Instant.parse(e.getString("at"))))
            .map(e -> e.getString("actorSub"))
            .toList());
    // Booking, confirm, check-in, start, complete: one success each.
    assertEquals(
        5,
        trail.stream()
            .filter(e -> "SUCCESS".equals(e.getString("outcome")))
            .filter(e -> !"READ".equals(e.getString("action")))
            .count(),
        trail.toString());
  }

  @Test
  void unknownAppointmentsAreNotFound() {
    for (String action : ACTIONS) {
      Appointments.act(doctor, hospital.id(), java.util.UUID.randomUUID().toString(), action)
          .assertProblem(404, "not-found");
    }
  }

  /** A fresh appointment moved to the status; backdated (as if its day had come) when asked. */
  private static String appointmentIn(String status, boolean due) throws SQLException {
    String id =
        Appointments.booked(
                desk,
                hospital.id(),
                patient,
                doctor.sub(),
                Appointments.daysAhead(60, 0).plusHours(HOURS.incrementAndGet()))
            .getString("id");
    if (due || "NO_SHOW".equals(status)) {
      Sql.run(
          "UPDATE "
              + Sql.table(hospital.id(), "appointments")
              + " SET starts_at = starts_at - interval '400 days',"
              + " ends_at = ends_at - interval '400 days' WHERE id = '"
              + id
              + "'");
    }
    for (String step : PATH_TO.get(status)) {
      Answer moved = Appointments.act(doctor, hospital.id(), id, step);
      assertEquals(200, moved.status(), step + ": " + moved.body());
    }
    assertEquals(status, statusOf(id));
    return id;
  }

  private static String statusOf(String id) {
    return Tenants.get(desk, hospital.id(), "/api/appointments/" + id).json().getString("status");
  }
}
