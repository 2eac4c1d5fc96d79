package hms.appointments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Booking, listing and the no-double-booking rule, from a front desk's side. */
class AppointmentsIT {
  private static Hospital hospital;
  private static Users.Session desk;
  private static Users.Session doctor;
  private static Users.Session nurse;
  private static String patient;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("appt");
    desk = Tenants.member(hospital, "appt-desk", "RECEPTIONIST");
    doctor = Tenants.member(hospital, "appt-doc", "DOCTOR");
    nurse = Tenants.member(hospital, "appt-nurse", "NURSE");
    patient =
        Patients.create(desk, hospital.id(), Patients.body("Booked", "Patient")).getString("id");
  }

  @Test
  void listsTheHospitalsCliniciansOnly() {
    Answer clinicians = Tenants.get(desk, hospital.id(), "/api/clinicians");
    assertEquals(200, clinicians.status(), clinicians.body());
    String body = clinicians.body();
    assertTrue(body.contains(doctor.sub()) && body.contains(nurse.sub()), body);
    assertTrue(!body.contains(desk.sub()) && !body.contains(hospital.admin().sub()), body);
    assertTrue(body.contains("\"role\":\"DOCTOR\"") && body.contains("\"role\":\"NURSE\""), body);
  }

  @Test
  void booksReadsAndListsAnAppointment() {
    OffsetDateTime start =
        Appointments.daysAhead(10, 9).withOffsetSameInstant(ZoneOffset.ofHours(2));
    Answer booked =
        Tenants.send(
            desk,
            hospital.id(),
            "POST",
            "/api/appointments",
            Appointments.body(patient, doctor.sub(), start, 45));
    assertEquals(201, booked.status(), booked.body());
    JsonObject a = booked.json();
    String id = a.getString("id");
    assertTrue(booked.header("Location").orElseThrow().endsWith("/api/appointments/" + id));
    assertEquals(patient, a.getString("patientId"));
    assertEquals(doctor.sub(), a.getString("clinicianId"));
    assertEquals(start.toInstant(), OffsetDateTime.parse(a.getString("start")).toInstant());
    assertEquals(
        start.plusMinutes(45).toInstant(), OffsetDateTime.parse(a.getString("end")).toInstant());
    assertEquals(45, a.getInt("durationMinutes"));
    assertEquals("SCHEDULED", a.getString("status"));
    assertEquals("CONSULTATION", a.getString("type"));
    assertEquals(desk.sub(), a.getString("createdBy"));

    JsonObject read = Tenants.get(nurse, hospital.id(), "/api/appointments/" + id).json();
    assertEquals(a.getString("start"), read.getString("start"));

    String window = "from=" + enc(start.minusMinutes(1)) + "&to=" + enc(start.plusMinutes(1));
    JsonObject page =
        Tenants.get(
                desk, hospital.id(), "/api/appointments?" + window + "&clinicianId=" + doctor.sub())
            .json();
    assertEquals(1, page.getInt("totalItems"), page.toString());
    assertEquals(id, page.getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(
        0,
        Tenants.get(desk, hospital.id(), "/api/appointments?" + window + "&status=CONFIRMED")
            .json()
            .getInt("totalItems"));
    assertEquals(
        0,
        Tenants.get(
                desk, hospital.id(), "/api/appointments?" + window + "&clinicianId=" + nurse.sub())
            .json()
            .getInt("totalItems"));
  }

  @Test
  void listsByPatientSortedByStart() {
    String someone =
        Patients.create(desk, hospital.id(), Patients.body("Sorted", "Patient")).getString("id");
    Appointments.booked(desk, hospital.id(), someone, nurse.sub(), Appointments.daysAhead(12, 15));
    Appointments.booked(desk, hospital.id(), someone, nurse.sub(), Appointments.daysAhead(12, 8));
    Appointments.booked(desk, hospital.id(), someone, doctor.sub(), Appointments.daysAhead(11, 16));
    JsonObject page =
        Tenants.get(desk, hospital.id(), "/api/appointments?patientId=" + someone).json();
    assertEquals(3, page.getInt("totalItems"));
    List<OffsetDateTime> starts =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(o -> OffsetDateTime.parse(o.getString("start")))
            .toList();
    assertEquals(
        List.of(
            Appointments.daysAhead(11, 16).toInstant(),
            Appointments.daysAhead(12, 8).toInstant(),
            Appointments.daysAhead(12, 15).toInstant()),
        starts.stream().map(OffsetDateTime::toInstant).toList());
  }

  @Test
  void refusesBadBookingsWithTheFieldAtFault() {
    OffsetDateTime later = Appointments.daysAhead(20, 9);
    record Bad(String body, String field) {}
    List<Bad> bad =
        List.of(
            new Bad(
                Appointments.body(
                    patient,
                    doctor.sub(),
                    OffsetDateTime.now().minusHours(1).withNano(0).withSecond(0),
                    30),
                "start"),
            new Bad(
                Appointments.body(patient, doctor.sub(), later, 30)
                    .replace(later.toString(), later.toLocalDateTime().toString()),
                "start"),
            new Bad(Appointments.body(patient, doctor.sub(), later.plusYears(3), 30), "start"),
            new Bad(Appointments.body(patient, doctor.sub(), later, 4), "durationMinutes"),
            new Bad(Appointments.body(patient, doctor.sub(), later, 481), "durationMinutes"),
            new Bad(
                Appointments.body(java.util.UUID.randomUUID().toString(), doctor.sub(), later, 30),
                "patientId"),
            new Bad(Appointments.body("not-a-uuid", doctor.sub(), later, 30), "patientId"),
            new Bad(Appointments.body(patient, desk.sub(), later, 30), "clinicianId"),
            new Bad(Appointments.body(patient, "nobody", later, 30), "clinicianId"));
    for (Bad b : bad) {
      JsonObject problem =
          Tenants.send(desk, hospital.id(), "POST", "/api/appointments", b.body())
              .assertProblem(400, "validation");
      assertEquals(
          b.field(), problem.getJsonArray("errors").getJsonObject(0).getString("field"), b.body());
    }
    Tenants.send(
            desk,
            hospital.id(),
            "POST",
            "/api/appointments",
            Appointments.body(patient, doctor.sub(), later, 30).replace("CONSULTATION", "SURGERY"))
        .assertProblem(400, "validation");
    Tenants.get(desk, hospital.id(), "/api/appointments?status=LATE")
        .assertProblem(400, "validation");
    Tenants.get(desk, hospital.id(), "/api/appointments?from=tomorrow")
        .assertProblem(400, "validation");
    // Instants ISO-8601 allows but no calendar of a hospital (or PostgreSQL) holds: the field
    // named.
    for (String far :
        List.of(
            "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
      for (String field : List.of("from", "to")) {
        JsonObject problem =
            Tenants.get(desk, hospital.id(), "/api/appointments?" + field + "=" + enc(far))
                .assertProblem(400, "validation");
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"));
      }
      JsonObject problem =
          Tenants.send(
                  desk,
                  hospital.id(),
                  "POST",
                  "/api/appointments",
                  Appointments.body(patient, doctor.sub(), later, 30)
                      .replace(later.toString(), far))
              .assertProblem(400, "validation");
      assertEquals("start", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    Tenants.get(
            desk,
            hospital.id(),
            "/api/appointments?from=" + enc(later) + "&to=" + enc(later.minusDays(1)))
        .assertProblem(400, "validation");
    assertEquals(
        0,
        Tenants.get(desk, hospital.id(), "/api/appointments?clinicianId=nobody")
            .json()
            .getInt("totalItems"),
        "nothing was booked by the refused requests");
  }

  @Test
  void anInactivePatientIsNotBooked() {
    String gone =
        Patients.create(desk, hospital.id(), Patients.body("Gone", "Patient")).getString("id");
    assertEquals(
        204,
        Tenants.send(hospital.admin(), hospital.id(), "DELETE", "/api/patients/" + gone, null)
            .status());
    Appointments.book(desk, hospital.id(), gone, doctor.sub(), Appointments.daysAhead(21, 9))
        .assertProblem(409, "patient-inactive");
  }

  @Test
  void overlapsAreRefusedAndAdjacentOrCancelledTimeIsFree() {
    OffsetDateTime nine = Appointments.daysAhead(30, 9);
    String first =
        Appointments.booked(desk, hospital.id(), patient, doctor.sub(), nine).getString("id");
    for (OffsetDateTime clash : List.of(nine, nine.plusMinutes(29), nine.minusMinutes(29))) {
      Appointments.book(desk, hospital.id(), patient, doctor.sub(), clash)
          .assertProblem(409, "clinician-busy");
    }
    Appointments.booked(desk, hospital.id(), patient, doctor.sub(), nine.plusMinutes(30));
    Appointments.booked(desk, hospital.id(), patient, doctor.sub(), nine.minusMinutes(30));
    Appointments.booked(desk, hospital.id(), patient, nurse.sub(), nine);

    Answer cancelled = Appointments.act(desk, hospital.id(), first, "cancel");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    Appointments.booked(desk, hospital.id(), patient, doctor.sub(), nine);
  }

  @Test
  void twentyParallelBookingsOfOneSlotMakeExactlyOne() throws Exception {
    Users.Session busyDoctor = Tenants.member(hospital, "appt-race", "DOCTOR");
    OffsetDateTime slot = Appointments.daysAhead(40, 10);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Answer>> bookings = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        // Not all the same: overlapping times race on the constraint, not on one key.
        OffsetDateTime start = slot.plusMinutes(i % 4 * 5);
        bookings.add(
            () -> Appointments.book(desk, hospital.id(), patient, busyDoctor.sub(), start));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : pool.invokeAll(bookings)) {
        answers.add(f.get());
      }
      assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers.toString());
      answers.stream()
          .filter(a -> a.status() != 201)
          .forEach(a -> a.assertProblem(409, "clinician-busy"));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        1,
        Sql.number(
            "SELECT count(*) FROM "
                + Sql.table(hospital.id(), "appointments")
                + " WHERE clinician_sub = '"
                + busyDoctor.sub()
                + "'"));
  }

  @Test
  void reschedulingFollowsTheSameRule() {
    OffsetDateTime two = Appointments.daysAhead(50, 14);
    String moving =
        Appointments.booked(desk, hospital.id(), patient, nurse.sub(), two).getString("id");
    Appointments.booked(desk, hospital.id(), patient, nurse.sub(), two.plusHours(1));
    assertEquals(
        "CONFIRMED",
        Appointments.act(desk, hospital.id(), moving, "confirm").json().getString("status"));

    reschedule(moving, two.plusMinutes(45), 30).assertProblem(409, "clinician-busy");
    assertEquals(
        "CONFIRMED",
        Tenants.get(desk, hospital.id(), "/api/appointments/" + moving).json().getString("status"),
        "a refused reschedule changes nothing");
    reschedule(moving, two.minusDays(60), 30).assertProblem(400, "validation");
    reschedule(moving, two, 481).assertProblem(400, "validation");

    Answer moved = reschedule(moving, two.plusMinutes(15), 45);
    assertEquals(200, moved.status(), moved.body());
    assertEquals("SCHEDULED", moved.json().getString("status"), "to be confirmed again");
    assertEquals(
        two.plusMinutes(15).toInstant(),
        OffsetDateTime.parse(moved.json().getString("start")).toInstant());
    assertEquals(45, moved.json().getInt("durationMinutes"));
  }

  private static Answer reschedule(String id, OffsetDateTime start, int minutes) {
    return Tenants.send(
        desk,
        hospital.id(),
        "POST",
        "/api/appointments/" + id + "/reschedule",
        "{\"start\": \"" + start + "\", \"durationMinutes\": " + minutes + "}");
  }

  private static String enc(OffsetDateTime time) {
    return enc(time.toString());
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
