package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.IdentityProvider;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Members are invited until they sign in, keep the identity provider's e-mail and name, and an
 * invited one's invitation can be sent again.
 */
class MemberInvitationsIT {
  private static final String NEW_PASSWORD = "N3w-Passw0rd!x";

  @Test
  void anInvitedMemberIsAcceptedAtTheirFirstSignIn() {
    Hospital hospital = Tenants.create("inv");
    String email = Api.uniqueEmail("invited-nurse");
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), email, "NURSE");
    assertEquals(201, added.status(), added.body());
    JsonObject member = added.json();
    assertEquals("INVITED", member.getString("invitation"), member.toString());
    assertFalse(member.containsKey("acceptedAt"), member.toString());
    assertFalse(member.containsKey("name"), "the new account has no name yet: " + member);
    Instant invitedAt = Instant.parse(member.getString("invitedAt"));
    assertEquals(member.getString("createdAt"), member.getString("invitedAt"));

    acceptInvitation(email);

    JsonObject listed = listed(hospital, member.getString("sub"));
    assertEquals("ACCEPTED", listed.getString("invitation"), listed.toString());
    Instant acceptedAt = Instant.parse(listed.getString("acceptedAt"));
    assertFalse(acceptedAt.isBefore(invitedAt), listed.toString());
    assertEquals(invitedAt, Instant.parse(listed.getString("invitedAt")));
  }

  @Test
  void eachSignInBringsTheIdentityProvidersEmailAndName() {
    Hospital hospital = Tenants.create("inv");
    Users.Session doctor = Users.signedIn("renamed-doc");
    // Added without a name: the identity provider's (sign-up's "Test") is shown.
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), doctor.email(), "DOCTOR");
    assertEquals(201, added.status(), added.body());
    assertEquals("Test", added.json().getString("name"), added.body());
    assertFalse(added.json().containsKey("displayName"), added.body());
    assertEquals("INVITED", added.json().getString("invitation"), "until their next sign-in");
    // Another hospital names the same person itself: its name wins there.
    Hospital other = Tenants.create("invother");
    Answer named =
        Tenants.send(
            other.admin(),
            other.id(),
            "POST",
            "/api/members",
            "{\"email\": \"%s\", \"role\": \"NURSE\", \"displayName\": \"Nurse Hopper\"}"
                .formatted(doctor.email()));
    assertEquals(201, named.status(), named.body());

    String newEmail = Api.uniqueEmail("grace");
    IdentityProvider.changeAccount(doctor.email(), newEmail, "  Grace Hopper ");
    Users.signIn(newEmail, Users.PASSWORD);

    JsonObject here = listed(hospital, doctor.sub());
    assertEquals(newEmail, here.getString("email"), here.toString());
    assertEquals("Grace Hopper", here.getString("name"), here.toString());
    assertEquals("ACCEPTED", here.getString("invitation"), here.toString());
    assertTrue(
        Tenants.get(hospital.admin(), hospital.id(), "/api/clinicians")
            .body()
            .contains("\"displayName\":\"Grace Hopper\""),
        "clinician lists use the name");
    JsonObject there = listed(other, doctor.sub());
    assertEquals(newEmail, there.getString("email"), there.toString());
    assertEquals("Nurse Hopper", there.getString("name"), there.toString());
    assertEquals("Nurse Hopper", there.getString("displayName"), there.toString());
  }

  @Test
  void anInvitationIsSentAgainUntilThePersonSignsIn() {
    Hospital hospital = Tenants.create("inv");
    String email = Api.uniqueEmail("resend");
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), email, "RECEPTIONIST");
    assertEquals(201, added.status(), added.body());
    String sub = added.json().getString("sub");
    String invitation = "/api/members/" + sub + "/invitation";
    Instant invited = IdentityProvider.lastChanged(email);
    pause(); // the account's times have whole seconds

    Answer resent = Tenants.send(hospital.admin(), hospital.id(), "POST", invitation, null);
    assertEquals(200, resent.status(), resent.body());
    assertEquals("INVITED", resent.json().getString("invitation"), resent.body());
    assertTrue(
        Instant.parse(resent.json().getString("invitedAt"))
            .isAfter(Instant.parse(added.json().getString("invitedAt"))),
        resent.body());
    Instant resentAt = IdentityProvider.lastChanged(email);
    assertTrue(resentAt.isAfter(invited), "a new temporary password: " + invited + ", " + resentAt);

    Answer trail =
        Tenants.get(hospital.admin(), hospital.id(), "/api/audit-events?resourceId=" + sub);
    assertEquals(200, trail.status(), trail.body());
    assertTrue(
        trail.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e ->
                    e.getString("action").equals("UPDATE")
                        && e.getString("resourceType").equals("MEMBER")
                        && e.getString("outcome").equals("SUCCESS")),
        trail.body());

    acceptInvitation(email);
    Instant ownPassword = IdentityProvider.lastChanged(email);
    pause();
    JsonObject problem =
        Tenants.send(hospital.admin(), hospital.id(), "POST", invitation, null)
            .assertProblem(409, "invitation-not-pending");
    assertTrue(problem.getString("detail").contains("signed in"), problem.toString());
    assertEquals(ownPassword, IdentityProvider.lastChanged(email), "nothing sent");
  }

  @Test
  void nothingIsSentToSomeoneWithAPasswordAlready() {
    Hospital hospital = Tenants.create("inv");
    Users.Session nurse = Users.signedIn("has-password");
    Answer added = Tenants.addMember(hospital.admin(), hospital.id(), nurse.email(), "NURSE");
    assertEquals("INVITED", added.json().getString("invitation"), added.body());
    JsonObject problem =
        Tenants.send(
                hospital.admin(),
                hospital.id(),
                "POST",
                "/api/members/" + nurse.sub() + "/invitation",
                null)
            .assertProblem(409, "invitation-not-pending");
    assertTrue(problem.getString("detail").contains("password"), problem.toString());
  }

  @Test
  void onlyAdminsSendInvitationsAgainAndOnlyToMembers() {
    Hospital hospital = Tenants.create("inv");
    Users.Session doctor = Tenants.member(hospital, "doc", "DOCTOR");
    String email = Api.uniqueEmail("invitee");
    String sub =
        Tenants.addMember(hospital.admin(), hospital.id(), email, "NURSE").json().getString("sub");
    Instant invited = IdentityProvider.lastChanged(email);
    pause();
    Tenants.send(doctor, hospital.id(), "POST", "/api/members/" + sub + "/invitation", null)
        .assertProblem(403, "forbidden");
    assertEquals(invited, IdentityProvider.lastChanged(email), "nothing sent");
    Tenants.send(hospital.admin(), hospital.id(), "POST", "/api/members/nobody/invitation", null)
        .assertProblem(404, "not-found");
    // A removed member is no member.
    Tenants.send(hospital.admin(), hospital.id(), "DELETE", "/api/members/" + sub, null);
    Tenants.send(
            hospital.admin(), hospital.id(), "POST", "/api/members/" + sub + "/invitation", null)
        .assertProblem(404, "not-found");
  }

  private static void pause() {
    try {
      Thread.sleep(1100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in with the invitation's temporary password and answers the new-password challenge. */
  private static void acceptInvitation(String email) {
    Answer challenged =
        Api.postJson("/auth/signin", Users.credentials(email, Api.stack("cognito.code")));
    assertEquals(200, challenged.status(), challenged.body());
    assertEquals("NEW_PASSWORD_REQUIRED", challenged.json().getString("challenge"));
    Answer answered =
        Api.postJson(
            "/auth/challenge",
            "{\"email\": \"%s\", \"session\": \"%s\", \"newPassword\": \"%s\"}"
                .formatted(email, challenged.json().getString("session"), NEW_PASSWORD));
    assertEquals(200, answered.status(), answered.body());
    assertTrue(answered.json().containsKey("accessToken"), answered.body());
  }

  private static JsonObject listed(Hospital hospital, String sub) {
    Answer list = Tenants.get(hospital.admin(), hospital.id(), "/api/members");
    assertEquals(200, list.status(), list.body());
    return Api.json(list.body()).asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getString("sub").equals(sub))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sub + " not in " + list.body()));
  }
}
