package hms.appointments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Appointment answers name the patient and the clinician, so a card needs no further call. */
class AppointmentNamesIT {

  @Test
  void everyAnswerNamesThePatientAndTheClinician() {
    Hospital hospital = Tenants.create("apnm");
    Users.Session desk = Tenants.member(hospital, "apnm-desk", "RECEPTIONIST");
    Users.Session doctor = Tenants.member(hospital, "apnm-doc", "DOCTOR");
    Users.Session nurse = Tenants.member(hospital, "apnm-nurse", "NURSE");
    JsonObject ada = Patients.create(desk, hospital.id(), Patients.body("Ada", "Lovelace"));
    JsonObject alan = Patients.create(desk, hospital.id(), Patients.body("Alan", "Turing"));
    OffsetDateTime day = Appointments.daysAhead(3, 9);

    JsonObject booked =
        Appointments.booked(desk, hospital.id(), ada.getString("id"), doctor.sub(), day);
    assertEquals("Ada Lovelace", booked.getString("patientName"));
    assertEquals(ada.getString("mrn"), booked.getString("patientMrn"));
    assertEquals(doctor.email(), booked.getString("clinicianEmail"));
    Appointments.booked(desk, hospital.id(), alan.getString("id"), nurse.sub(), day);
    Appointments.booked(desk, hospital.id(), alan.getString("id"), doctor.sub(), day.plusHours(1));

    Answer list =
        Tenants.get(
            desk,
            hospital.id(),
            "/api/appointments?from="
                + day.minusHours(1)
                + "&to="
                + day.plusHours(3)
                + "&size=100");
    assertEquals(200, list.status(), list.body());
    Set<String> cards =
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(
                a ->
                    a.getString("patientName")
                        + " "
                        + a.getString("patientMrn")
                        + " with "
                        + a.getString("clinicianEmail"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "Ada Lovelace " + ada.getString("mrn") + " with " + doctor.email(),
            "Alan Turing " + alan.getString("mrn") + " with " + nurse.email(),
            "Alan Turing " + alan.getString("mrn") + " with " + doctor.email()),
        cards);

    String id = booked.getString("id");
    for (Answer answer :
        List.of(
            Tenants.get(desk, hospital.id(), "/api/appointments/" + id),
            Appointments.act(desk, hospital.id(), id, "confirm"))) {
      assertEquals(200, answer.status(), answer.body());
      assertEquals("Ada Lovelace", answer.json().getString("patientName"));
      assertEquals(doctor.email(), answer.json().getString("clinicianEmail"));
    }

    // Before the hospital names the doctor, answers carry the identity provider's name (the
    // sign-up's "Test"); once it does, the hospital's, beside the e-mail.
    Answer named =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PATCH",
            "/api/members/" + doctor.sub(),
            "{\"displayName\": \"Dr Ada Byron\"}");
    assertEquals(200, named.status(), named.body());
    JsonObject again = Tenants.get(desk, hospital.id(), "/api/appointments/" + id).json();
    assertEquals("Dr Ada Byron", again.getString("clinicianName"), again.toString());
    assertEquals(doctor.email(), again.getString("clinicianEmail"));
    assertEquals("Test", booked.getString("clinicianName"), "the identity provider's: " + booked);

    // A clinician who left still shows on their appointments: the membership keeps the e-mail.
    Answer removed =
        Tenants.send(
            hospital.admin(), hospital.id(), "DELETE", "/api/members/" + nurse.sub(), null);
    assertEquals(204, removed.status(), removed.body());
    Answer after =
        Tenants.get(
            desk, hospital.id(), "/api/appointments?clinicianId=" + nurse.sub() + "&size=100");
    JsonObject card = after.json().getJsonArray("items").getJsonObject(0);
    assertEquals(nurse.email(), card.getString("clinicianEmail"), after.body());
    assertFalse(card.getString("patientName").isBlank());
  }
}
