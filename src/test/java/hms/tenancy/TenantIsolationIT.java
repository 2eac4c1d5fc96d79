package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Appointments;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two hospitals with members in each and the same natural keys in both (a user who belongs to both,
 * the same settings fields). Grows with every /api endpoint.
 */
class TenantIsolationIT {
  private static Hospital a;
  private static Hospital b;
  private static Users.Session both;

  @BeforeAll
  static void twoHospitals() {
    a = Tenants.create("iso");
    b = Tenants.create("iso");
    both = Tenants.member(a, "both", "DOCTOR");
    assertEquals(201, Tenants.addMember(b.admin(), b.id(), both.email(), "NURSE").status());
  }

  private static final String APPOINTMENT =
      "{\"patientId\": \""
          + UUID.randomUUID()
          + "\", \"clinicianId\": \"%s\","
          + " \"start\": \"2030-01-07T09:00:00Z\", \"durationMinutes\": 30,"
          + " \"type\": \"CHECKUP\"}";
  private static final String RECORD = "{\"type\": \"PHONE\", \"chiefComplaint\": \"c\"}";

  /** Every /api endpoint, as (method, path, body). */
  private static List<String[]> endpoints(String someSub) {
    return List.of(
        new String[] {"GET", "/api/members", null},
        new String[] {
          "POST", "/api/members", "{\"email\": \"x@it.hms.test\", \"role\": \"NURSE\"}"
        },
        new String[] {"PATCH", "/api/members/" + someSub, "{\"role\": \"NURSE\"}"},
        new String[] {"DELETE", "/api/members/" + someSub, null},
        new String[] {"GET", "/api/settings", null},
        new String[] {"GET", "/api/files", null},
        new String[] {"GET", "/api/patients", null},
        new String[] {"GET", "/api/patients/export", null},
        new String[] {"GET", "/api/patients/" + java.util.UUID.randomUUID(), null},
        new String[] {
          "POST",
          "/api/patients",
          "{\"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"1990-01-01\","
              + " \"sex\": \"MALE\"}"
        },
        new String[] {"DELETE", "/api/patients/" + java.util.UUID.randomUUID(), null},
        new String[] {"GET", "/api/audit-events", null},
        new String[] {
          "POST",
          "/api/files",
          "{\"filename\": \"a.pdf\", \"contentType\": \"application/pdf\", \"size\": 5}"
        },
        new String[] {"GET", "/api/files/" + java.util.UUID.randomUUID(), null},
        new String[] {"POST", "/api/files/" + java.util.UUID.randomUUID() + "/complete", null},
        new String[] {"GET", "/api/files/" + java.util.UUID.randomUUID() + "/download-url", null},
        new String[] {"DELETE", "/api/files/" + java.util.UUID.randomUUID(), null},
        new String[] {"PUT", "/api/settings", "{\"timeZone\": \"Asia/Tokyo\"}"},
        new String[] {"GET", "/api/clinicians", null},
        new String[] {
          "GET",
          "/api/clinicians/" + someSub + "/free-slots?date=2030-01-07&durationMinutes=30",
          null
        },
        new String[] {"GET", "/api/appointments", null},
        new String[] {"POST", "/api/appointments", APPOINTMENT.formatted(someSub)},
        new String[] {"GET", "/api/appointments/" + UUID.randomUUID(), null},
        new String[] {"POST", "/api/appointments/" + UUID.randomUUID() + "/confirm", null},
        new String[] {
          "POST", "/api/appointments/" + UUID.randomUUID() + "/cancel", "{\"reason\": \"r\"}"
        },
        new String[] {
          "POST",
          "/api/appointments/" + UUID.randomUUID() + "/reschedule",
          "{\"start\": \"2030-01-07T10:00:00Z\", \"durationMinutes\": 30}"
        },
        new String[] {"GET", "/api/patients/" + UUID.randomUUID() + "/records", null},
        new String[] {"POST", "/api/patients/" + UUID.randomUUID() + "/records", RECORD},
        new String[] {"GET", "/api/records/" + UUID.randomUUID(), null},
        new String[] {"PUT", "/api/records/" + UUID.randomUUID(), RECORD},
        new String[] {"POST", "/api/records/" + UUID.randomUUID() + "/finalize", null},
        new String[] {
          "POST",
          "/api/records/" + UUID.randomUUID() + "/amendments",
          "{\"reason\": \"r\", \"text\": \"t\"}"
        },
        new String[] {
          "POST",
          "/api/records/" + UUID.randomUUID() + "/attachments",
          "{\"fileId\": \"" + UUID.randomUUID() + "\"}"
        },
        new String[] {
          "DELETE", "/api/records/" + UUID.randomUUID() + "/attachments/" + UUID.randomUUID(), null
        });
  }

  @Test
  void anAdminOfOneHospitalIsNobodyInTheOther() {
    for (String[] endpoint : endpoints(b.admin().sub())) {
      Answer answer = Tenants.send(a.admin(), b.id(), endpoint[0], endpoint[1], endpoint[2]);
      answer.assertProblem(403, "tenant-forbidden");
    }
  }

  @Test
  void aMemberOfBothHasEachHospitalsOwnRole() {
    assertEquals(200, Tenants.get(both, a.id(), "/api/settings").status());
    // DOCTOR in A and NURSE in B: neither may manage members, in either.
    Tenants.get(both, a.id(), "/api/members").assertProblem(403, "forbidden");
    Tenants.get(both, b.id(), "/api/members").assertProblem(403, "forbidden");
  }

  @Test
  void settingsWrittenInOneHospitalStayThere() {
    Answer put =
        Tenants.send(
            a.admin(), a.id(), "PUT", "/api/settings", "{\"timeZone\": \"Pacific/Auckland\"}");
    assertEquals(200, put.status(), put.body());
    assertEquals(
        "Pacific/Auckland",
        Tenants.get(both, a.id(), "/api/settings").json().getString("timeZone"));
    assertEquals("UTC", Tenants.get(both, b.id(), "/api/settings").json().getString("timeZone"));
  }

  @Test
  void membersAddedInOneHospitalAreNotInTheOther() {
    Users.Session onlyA = Tenants.member(a, "only-a", "RECEPTIONIST");
    String listA = Tenants.get(a.admin(), a.id(), "/api/members").body();
    String listB = Tenants.get(b.admin(), b.id(), "/api/members").body();
    assertTrue(listA.contains(onlyA.sub()), listA);
    assertFalse(listB.contains(onlyA.sub()), listB);
    assertFalse(listB.contains(a.admin().sub()), listB);

    // Addressing A's member through B: as if it did not exist.
    Tenants.send(b.admin(), b.id(), "PATCH", "/api/members/" + onlyA.sub(), "{\"role\": \"NURSE\"}")
        .assertProblem(404, "not-found");
    Tenants.send(b.admin(), b.id(), "DELETE", "/api/members/" + onlyA.sub(), null)
        .assertProblem(404, "not-found");
    assertEquals(200, Tenants.get(onlyA, a.id(), "/api/settings").status(), "still a member of A");
  }

  @Test
  void patientsWithTheSameNaturalKeysStayInTheirHospital() {
    String body =
        "{\"mrn\": \"SAME-1\", \"givenName\": \"Twin\", \"familyName\": \"Doe\","
            + " \"dateOfBirth\": \"1990-01-01\", \"sex\": \"MALE\"}";
    Answer inA = Tenants.send(a.admin(), a.id(), "POST", "/api/patients", body);
    Answer inB = Tenants.send(b.admin(), b.id(), "POST", "/api/patients", body);
    assertEquals(201, inA.status(), inA.body());
    assertEquals(201, inB.status(), "the same MRN in another hospital: " + inB.body());
    String idA = inA.json().getString("id");
    Tenants.get(b.admin(), b.id(), "/api/patients/" + idA).assertProblem(404, "not-found");
    assertEquals(
        1, Tenants.get(b.admin(), b.id(), "/api/patients?q=SAME-1").json().getInt("totalItems"));
    assertFalse(Tenants.get(b.admin(), b.id(), "/api/patients?size=100").body().contains(idA));
    String exportB = Tenants.get(b.admin(), b.id(), "/api/patients/export").body();
    assertEquals(
        1,
        java.util.Arrays.stream(exportB.split("\r\n")).filter(l -> l.startsWith("SAME-1,")).count(),
        "B's own twin only: " + exportB);
  }

  @Test
  void noEntityOutlivesItsRequest() throws Exception {
    // Each hospital has its own EntityManagerFactory (hms.tenancy.control.TenantFactories), with
    // the shared cache off: a change made behind the server's back is seen by the next request.
    String id =
        Patients.create(a.admin(), a.id(), Patients.body("Cached", "Never")).getString("id");
    String path = "/api/patients/" + id;
    assertEquals("Cached", Tenants.get(a.admin(), a.id(), path).json().getString("givenName"));
    Sql.run(
        "UPDATE "
            + Sql.table(a.id(), "patients")
            + " SET given_name = 'Changed', version = version + 1 WHERE id = '"
            + id
            + "'");
    assertEquals("Changed", Tenants.get(a.admin(), a.id(), path).json().getString("givenName"));
    Tenants.get(b.admin(), b.id(), path).assertProblem(404, "not-found");
  }

  @Test
  void appointmentsAndRecordsStayInTheirHospital() {
    Users.Session onlyA = Tenants.member(a, "iso-doc", "DOCTOR");
    String patientA =
        Patients.create(a.admin(), a.id(), Patients.body("Iso", "Patient")).getString("id");
    String visit =
        Appointments.booked(a.admin(), a.id(), patientA, onlyA.sub(), Appointments.daysAhead(7, 9))
            .getString("id");
    String record = Records.draft(both, a.id(), patientA).getString("id");

    Tenants.get(both, b.id(), "/api/appointments/" + visit).assertProblem(404, "not-found");
    Tenants.get(both, b.id(), "/api/records/" + record).assertProblem(404, "not-found");
    Tenants.get(both, b.id(), "/api/patients/" + patientA + "/records")
        .assertProblem(404, "not-found");
    Appointments.act(both, b.id(), visit, "confirm").assertProblem(404, "not-found");
    assertFalse(Tenants.get(both, b.id(), "/api/appointments?size=100").body().contains(visit));
    assertFalse(Tenants.get(both, b.id(), "/api/clinicians").body().contains(onlyA.sub()));
    Tenants.get(
            both,
            b.id(),
            "/api/clinicians/" + onlyA.sub() + "/free-slots?date=2030-01-07&durationMinutes=30")
        .assertProblem(404, "not-found");
    // B's desk cannot book A's patient or A's doctor.
    Appointments.book(b.admin(), b.id(), patientA, both.sub(), Appointments.daysAhead(7, 9))
        .assertProblem(400, "validation");
    String patientB = Patients.create(b.admin(), b.id(), Patients.body("Iso", "B")).getString("id");
    Appointments.book(b.admin(), b.id(), patientB, onlyA.sub(), Appointments.daysAhead(7, 9))
        .assertProblem(400, "validation");
    // The same doctor's time in A does not block the same person's time in B.
    Appointments.booked(a.admin(), a.id(), patientA, both.sub(), Appointments.daysAhead(8, 9));
    Appointments.booked(b.admin(), b.id(), patientB, both.sub(), Appointments.daysAhead(8, 9));
  }

  @Test
  void thePlatformAdministratorHasNoAccessToAHospitalsData() {
    Tenants.get(Tenants.platformAdmin(), a.id(), "/api/settings")
        .assertProblem(403, "tenant-forbidden");
    Tenants.get(Tenants.platformAdmin(), a.id(), "/api/members")
        .assertProblem(403, "tenant-forbidden");
  }
}
