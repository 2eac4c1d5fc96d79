package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hospital's ADMINs manage its members; a hospital never loses its last ADMIN. */
class MembersIT {

  @Test
  void addChangeAndRemoveAMember() {
    Hospital hospital = Tenants.create("mem");
    Users.Session nurse = Users.signedIn("nurse");
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), nurse.email(), "NURSE");
    assertEquals(201, added.status(), added.body());
    assertTrue(added.header("Location").orElseThrow().endsWith("/api/members/" + nurse.sub()));
    assertEquals("NURSE", added.json().getString("role"));
    assertEquals(200, Tenants.get(nurse, hospital.id(), "/api/settings").status());

    Answer changed =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PATCH",
            "/api/members/" + nurse.sub(),
            "{\"role\": \"DOCTOR\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("DOCTOR", changed.json().getString("role"));

    assertEquals(
        204,
        Tenants.send(hospital.admin(), hospital.id(), "DELETE", "/api/members/" + nurse.sub(), null)
            .status());
    Tenants.get(nurse, hospital.id(), "/api/settings").assertProblem(403, "tenant-forbidden");
    assertFalse(
        Tenants.get(hospital.admin(), hospital.id(), "/api/members").body().contains(nurse.sub()));
  }

  @Test
  void aMemberIsNamedAsTheHospitalNamesThem() {
    Hospital hospital = Tenants.create("mem");
    Users.Session doctor = Users.signedIn("named-doc");
    Answer added =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/members",
            "{\"email\": \""
                + doctor.email()
                + "\", \"role\": \"DOCTOR\", \"displayName\": \"  Dr Grace Hopper \"}");
    assertEquals(201, added.status(), added.body());
    assertEquals("Dr Grace Hopper", added.json().getString("displayName"));
    assertTrue(
        Tenants.get(doctor, hospital.id(), "/api/clinicians")
            .body()
            .contains("\"displayName\":\"Dr Grace Hopper\""));

    String member = "/api/members/" + doctor.sub();
    Answer renamed =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PATCH",
            member,
            "{\"displayName\": \"Dr G. Hopper\"}");
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals("Dr G. Hopper", renamed.json().getString("displayName"));
    assertEquals("DOCTOR", renamed.json().getString("role"), "the role stays as it was");
    Answer promoted =
        Tenants.send(hospital.admin(), hospital.id(), "PATCH", member, "{\"role\": \"ADMIN\"}");
    assertEquals("Dr G. Hopper", promoted.json().getString("displayName"), promoted.body());

    // A member added without a name has none (screens show the e-mail); other hospitals never see
    // it.
    Users.Session nurse = Tenants.member(hospital, "unnamed-nurse", "NURSE");
    JsonObject listed =
        Api.json(Tenants.get(hospital.admin(), hospital.id(), "/api/members").body())
            .asJsonArray()
            .stream()
            .map(JsonObject.class::cast)
            .filter(m -> m.getString("sub").equals(nurse.sub()))
            .findFirst()
            .orElseThrow();
    assertFalse(listed.containsKey("displayName"), listed.toString());
    Hospital other = Tenants.create("memother");
    assertFalse(
        Tenants.get(other.admin(), other.id(), "/api/clinicians").body().contains("Hopper"));
  }

  @Test
  void refusesNamesThatAreNotNamesAndEmptyChanges() {
    Hospital hospital = Tenants.create("mem");
    Users.Session nurse = Tenants.member(hospital, "badname", "NURSE");
    String member = "/api/members/" + nurse.sub();
    // The Unicode spaces and invisible or reordering characters were taken (U+2028 was a 500: the
    // database's check refused what the server had let through).
    for (String name :
        List.of(
            "\"   \"",
            "\"Ada\\u0007\"",
            "\"" + "x".repeat(101) + "\"",
            "\"\\u2028\"",
            "\" \\u3000 \"",
            "\"\\u00a0\\u00a0\"",
            "\"\\u200b\\u200b\"",
            "\"\\ufeff\"",
            "\"Dr \\u202eevil\"")) {
      JsonObject problem =
          Tenants.send(
                  hospital.admin(),
                  hospital.id(),
                  "PATCH",
                  member,
                  "{\"displayName\": " + name + "}")
              .assertProblem(400, "validation");
      assertEquals(
          "displayName",
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
    Answer spaced =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PATCH",
            member,
            "{\"displayName\": \"\\u00a0Nurse A\\u3000\"}");
    assertEquals("Nurse A", spaced.json().getString("displayName"), spaced.body());
    JsonObject empty =
        Tenants.send(hospital.admin(), hospital.id(), "PATCH", member, "{}")
            .assertProblem(400, "validation");
    assertTrue(empty.toString().contains("role, displayName"), empty.toString());
    JsonObject onAdd =
        Tenants.send(
                hospital.admin(),
                hospital.id(),
                "POST",
                "/api/members",
                "{\"email\": \"n@it.hms.test\", \"role\": \"NURSE\", \"displayName\": \"\\n\"}")
            .assertProblem(400, "validation");
    assertTrue(onAdd.toString().contains("displayName"), onAdd.toString());
  }

  @Test
  void addingAnActiveMemberAgainIs409() {
    Hospital hospital = Tenants.create("mem");
    Users.Session doctor = Tenants.member(hospital, "doc", "DOCTOR");
    Tenants.addMember(hospital.admin(), hospital.id(), doctor.email(), "NURSE")
        .assertProblem(409, "member-exists");
  }

  @Test
  void anUnknownEmailIsInvitedAndListed() {
    Hospital hospital = Tenants.create("mem");
    String email = Api.uniqueEmail("new-hire");
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), email, "RECEPTIONIST");
    assertEquals(201, added.status(), added.body());
    assertTrue(Tenants.get(hospital.admin(), hospital.id(), "/api/members").body().contains(email));
  }

  @Test
  void onlyAdminsManageMembers() {
    Hospital hospital = Tenants.create("mem");
    Users.Session doctor = Tenants.member(hospital, "doc", "DOCTOR");
    Tenants.get(doctor, hospital.id(), "/api/members").assertProblem(403, "forbidden");
    Tenants.send(
            doctor,
            hospital.id(),
            "POST",
            "/api/members",
            "{\"email\": \"x@it.hms.test\", \"role\": \"ADMIN\"}")
        .assertProblem(403, "forbidden");
    Tenants.send(
            doctor, hospital.id(), "PATCH", "/api/members/" + doctor.sub(), "{\"role\": \"ADMIN\"}")
        .assertProblem(403, "forbidden");
    Tenants.send(doctor, hospital.id(), "PUT", "/api/settings", "{\"timeZone\": \"UTC\"}")
        .assertProblem(403, "forbidden");
  }

  @Test
  void theLastAdminCanBeNeitherDemotedNorRemoved() {
    Hospital hospital = Tenants.create("mem");
    String self = "/api/members/" + hospital.admin().sub();
    Tenants.send(hospital.admin(), hospital.id(), "PATCH", self, "{\"role\": \"NURSE\"}")
        .assertProblem(409, "last-admin");
    Tenants.send(hospital.admin(), hospital.id(), "DELETE", self, null)
        .assertProblem(409, "last-admin");

    Users.Session added = Tenants.member(hospital, "second-admin", "ADMIN");
    // Added with an account of their own, but not signed in since: no second administrator yet.
    Tenants.send(added, hospital.id(), "DELETE", self, null).assertProblem(409, "last-admin");
    Users.Session second = Users.signIn(added.email(), Users.PASSWORD);
    assertEquals(204, Tenants.send(second, hospital.id(), "DELETE", self, null).status());
    Tenants.send(second, hospital.id(), "DELETE", "/api/members/" + second.sub(), null)
        .assertProblem(409, "last-admin");
  }

  @Test
  void anAdministratorWhoHasNotSignedInYetIsNoSecondAdministrator() {
    Hospital hospital = Tenants.create("mem");
    Answer invited =
        Tenants.send(
            hospital.admin(),
            hospital.id(),
            "POST",
            "/api/members",
            "{\"email\": \"" + Api.uniqueEmail("mem-invited-admin") + "\", \"role\": \"ADMIN\"}");
    assertEquals(201, invited.status(), invited.body());
    assertEquals("INVITED", invited.json().getString("invitation"), invited.body());
    String self = "/api/members/" + hospital.admin().sub();
    // An invitation may never be taken up (a mistyped e-mail): the hospital would have no
    // administrator able to act.
    Tenants.send(hospital.admin(), hospital.id(), "PATCH", self, "{\"role\": \"NURSE\"}")
        .assertProblem(409, "last-admin");
    Tenants.send(hospital.admin(), hospital.id(), "DELETE", self, null)
        .assertProblem(409, "last-admin");
    assertEquals(200, Tenants.get(hospital.admin(), hospital.id(), "/api/members").status());
  }

  @Test
  void refusesUnknownRolesAndMembers() {
    Hospital hospital = Tenants.create("mem");
    JsonObject problem =
        Tenants.send(
                hospital.admin(),
                hospital.id(),
                "POST",
                "/api/members",
                "{\"email\": \"x@it.hms.test\", \"role\": \"SURGEON\"}")
            .assertProblem(400, "validation");
    assertFalse(problem.toString().contains("SURGEON\" is not"), problem.toString());
    Tenants.send(
            hospital.admin(),
            hospital.id(),
            "PATCH",
            "/api/members/nobody",
            "{\"role\": \"NURSE\"}")
        .assertProblem(404, "not-found");
  }
}
