package hms.appointments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The instant of check-in, which the front desk's queue orders by and counts waiting from. */
class CheckInTimeIT {

  @Test
  void checkInRecordsTheArrivalAndLaterStepsKeepIt() {
    Hospital hospital = Tenants.create("chkt");
    Users.Session desk = Tenants.member(hospital, "chkt-desk", "RECEPTIONIST");
    Users.Session doctor = Tenants.member(hospital, "chkt-doc", "DOCTOR");
    JsonObject patient = Patients.create(desk, hospital.id(), Patients.body("Queue", "Patient"));
    OffsetDateTime start = Appointments.daysAhead(1, 10);
    JsonObject booked =
        Appointments.booked(desk, hospital.id(), patient.getString("id"), doctor.sub(), start);
    String id = booked.getString("id");
    assertFalse(booked.containsKey("checkedInAt"), booked.toString());
    JsonObject confirmed = Appointments.act(desk, hospital.id(), id, "confirm").json();
    assertFalse(confirmed.containsKey("checkedInAt"), "confirming is not arriving");

    Instant before = Instant.now().minusSeconds(5);
    Answer checkedIn = Appointments.act(desk, hospital.id(), id, "check-in");
    Instant after = Instant.now().plusSeconds(5);
    assertEquals(200, checkedIn.status(), checkedIn.body());
    assertEquals("CHECKED_IN", checkedIn.json().getString("status"));
    String arrived = checkedIn.json().getString("checkedInAt");
    Instant at = OffsetDateTime.parse(arrived).toInstant();
    assertTrue(!at.isBefore(before) && !at.isAfter(after), arrived + " is now");

    Answer started = Appointments.act(doctor, hospital.id(), id, "start");
    assertEquals(200, started.status(), started.body());
    assertEquals(arrived, started.json().getString("checkedInAt"), "starting keeps the arrival");
    assertEquals(
        arrived,
        Tenants.get(desk, hospital.id(), "/api/appointments/" + id)
            .json()
            .getString("checkedInAt"));
    Answer list =
        Tenants.get(
            desk,
            hospital.id(),
            "/api/appointments?from=" + start.minusHours(1) + "&to=" + start.plusHours(1));
    JsonObject card = list.json().getJsonArray("items").getJsonObject(0);
    assertEquals(arrived, card.getString("checkedInAt"), list.body());
  }
}
