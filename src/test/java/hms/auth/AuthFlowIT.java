package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account lifecycle over HTTP, against the Cognito stand-in. */
class AuthFlowIT {

  @Test
  void signUpConfirmSignInRefreshSignOut() {
    String email = Api.uniqueEmail("flow");
    assertEquals(
        202, Api.postJson("/auth/signup", Users.signUpBody(email, Users.PASSWORD)).status());
    Users.confirm(email);

    Answer signIn = Api.postJson("/auth/signin", Users.credentials(email, Users.PASSWORD));
    assertEquals(200, signIn.status(), signIn.body());
    JsonObject tokens = signIn.json();
    assertEquals("Bearer", tokens.getString("tokenType"));
    assertEquals(3600, tokens.getInt("expiresIn"));
    assertTrue(tokens.getString("idToken").split("\\.").length == 3);
    String refreshToken = tokens.getString("refreshToken");

    JsonObject me = me(tokens.getString("accessToken")).json();
    assertEquals(email, me.getString("email"));
    assertEquals("Test", me.getString("name"));
    assertEquals(List.of(), me.getJsonArray("platformRoles"));
    assertEquals(List.of(), me.getJsonArray("tenants"));

    Answer refreshed = Api.postJson("/auth/refresh", refreshBody(email, refreshToken));
    assertEquals(200, refreshed.status(), refreshed.body());
    String newAccess = refreshed.json().getString("accessToken");
    assertFalse(refreshed.json().containsKey("refreshToken"));
    assertEquals(200, me(newAccess).status());

    Answer signOut =
        Api.send(
            Api.request("/auth/signout")
                .header("Authorization", "Bearer " + newAccess)
                .header("Content-Type", "application/json")
                .POST(body("{\"refreshToken\": \"" + refreshToken + "\"}")));
    assertEquals(204, signOut.status(), signOut.body());
    Api.postJson("/auth/refresh", refreshBody(email, refreshToken))
        .assertProblem(401, "invalid-refresh-token");
  }

  @Test
  void platformAdministratorSeesTheRole() {
    Users.Session admin = Users.signIn(Api.stack("admin.email"), Api.stack("admin.password"));
    assertEquals(
        List.of("platform-admin"),
        me(admin.accessToken())
            .json()
            .getJsonArray("platformRoles")
            .getValuesAs(jakarta.json.JsonString::getString));
  }

  @Test
  void wrongConfirmationCodeIsRefused() {
    String email = Api.uniqueEmail("code");
    Api.postJson("/auth/signup", Users.signUpBody(email, Users.PASSWORD));
    Api.postJson("/auth/confirm", "{\"email\": \"" + email + "\", \"code\": \"000001\"}")
        .assertProblem(400, "invalid-code");
    Api.postJson("/auth/confirm", "{\"email\": \"" + email + "\", \"code\": \"12ab\"}")
        .assertProblem(400, "validation");
  }

  @Test
  void unconfirmedAccountGetsItsOwnProblem() {
    String email = Api.uniqueEmail("unconfirmed");
    Api.postJson("/auth/signup", Users.signUpBody(email, Users.PASSWORD));
    Api.postJson("/auth/signin", Users.credentials(email, Users.PASSWORD))
        .assertProblem(403, "account-not-confirmed");
  }

  @Test
  void unknownUserAndWrongPasswordAnswerAlike() {
    Users.Session known = Users.signedIn("alike");
    Answer wrongPassword =
        Api.postJson("/auth/signin", Users.credentials(known.email(), "Wr0ng-Pass!"));
    Answer unknownUser =
        Api.postJson("/auth/signin", Users.credentials(Api.uniqueEmail("ghost"), "Wr0ng-Pass!"));
    wrongPassword.assertProblem(401, "invalid-credentials");
    unknownUser.assertProblem(401, "invalid-credentials");
    assertEquals(
        wrongPassword.bodyApartFromItsRequestId(),
        unknownUser.bodyApartFromItsRequestId(),
        "identical bodies apart from the request's id");
    assertEquals(wrongPassword.header("WWW-Authenticate"), unknownUser.header("WWW-Authenticate"));
  }

  @Test
  void forgotAndResetPassword() {
    Users.Session user = Users.signedIn("forgot");
    assertEquals(
        202,
        Api.postJson("/auth/forgot-password", "{\"email\": \"" + user.email() + "\"}").status());
    assertEquals(
        202,
        Api.postJson("/auth/forgot-password", "{\"email\": \"" + Api.uniqueEmail("nobody") + "\"}")
            .status(),
        "same answer for an unknown e-mail");

    String newPassword = "N3w-Passw0rd!";
    Api.postJson("/auth/reset-password", resetBody(user.email(), "000001", newPassword))
        .assertProblem(400, "invalid-code");
    Api.postJson("/auth/reset-password", resetBody(user.email(), Api.stack("cognito.code"), "weak"))
        .assertProblem(400, "password-policy");
    Answer reset =
        Api.postJson(
            "/auth/reset-password",
            resetBody(user.email(), Api.stack("cognito.code"), newPassword));
    assertEquals(204, reset.status(), reset.body());

    Api.postJson("/auth/signin", Users.credentials(user.email(), Users.PASSWORD))
        .assertProblem(401, "invalid-credentials");
    assertEquals(
        200, Api.postJson("/auth/signin", Users.credentials(user.email(), newPassword)).status());
  }

  @Test
  void invitedUserSetsANewPasswordThroughTheChallenge() {
    String email = Api.uniqueEmail("invited");
    Invitations.invite(email);

    Answer challenged =
        Api.postJson("/auth/signin", Users.credentials(email, Invitations.TEMPORARY));
    assertEquals(200, challenged.status(), challenged.body());
    assertEquals("NEW_PASSWORD_REQUIRED", challenged.json().getString("challenge"));
    assertFalse(challenged.json().containsKey("accessToken"));
    String session = challenged.json().getString("session");

    Api.postJson("/auth/challenge", challengeBody(email, session, "weak"))
        .assertProblem(400, "password-policy");
    Answer answered =
        Api.postJson("/auth/challenge", challengeBody(email, session, "Inv1ted-Pass!"));
    assertEquals(200, answered.status(), answered.body());
    assertEquals(200, me(answered.json().getString("accessToken")).status());
    assertEquals(
        200, Api.postJson("/auth/signin", Users.credentials(email, "Inv1ted-Pass!")).status());
  }

  @Test
  void theChallengeAnswersRefreshTokenKeepsTheNewUserSignedIn() {
    String email = Api.uniqueEmail("invited");
    Invitations.invite(email);
    String session =
        Api.postJson("/auth/signin", Users.credentials(email, Invitations.TEMPORARY))
            .json()
            .getString("session");
    JsonObject answered =
        Api.postJson("/auth/challenge", challengeBody(email, session, "Inv1ted-Pass!")).json();

    Answer refreshed =
        Api.postJson("/auth/refresh", refreshBody(email, answered.getString("refreshToken")));
    assertEquals(200, refreshed.status(), refreshed.body());
    assertEquals(200, me(refreshed.json().getString("accessToken")).status());
  }

  private static Answer me(String accessToken) {
    return Api.send(Api.request("/auth/me").header("Authorization", "Bearer " + accessToken).GET());
  }

  private static String refreshBody(String email, String refreshToken) {
    return "{\"email\": \"" + email + "\", \"refreshToken\": \"" + refreshToken + "\"}";
  }

  private static String resetBody(String email, String code, String newPassword) {
    return "{\"email\": \"%s\", \"code\": \"%s\", \"newPassword\": \"%s\"}"
        .formatted(email, code, newPassword);
  }

  private static String challengeBody(String email, String session, String newPassword) {
    return "{\"email\": \"%s\", \"session\": \"%s\", \"newPassword\": \"%s\"}"
        .formatted(email, session, newPassword);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }
}
