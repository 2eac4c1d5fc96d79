package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.util.List;
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
        new String[] {"PUT", "/api/settings", "{\"timeZone\": \"Asia/Tokyo\"}"});
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
    assertEquals(2, exportB.split("\r\n").length, "header and B's own twin only: " + exportB);
  }

  @Test
  void thePlatformAdministratorHasNoAccessToAHospitalsData() {
    Tenants.get(Tenants.platformAdmin(), a.id(), "/api/settings")
        .assertProblem(403, "tenant-forbidden");
    Tenants.get(Tenants.platformAdmin(), a.id(), "/api/members")
        .assertProblem(403, "tenant-forbidden");
  }
}
