package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Confirmation codes, reset codes and challenge answers are throttled like passwords: five wrong
 * ones for an e-mail from one address, and the next attempt gets 429 with Retry-After without the
 * identity provider being asked, even with the right code (the tests' window is a few seconds).
 */
class CodeThrottleIT {
  private static final String WRONG_CODE = "000001";

  @Test
  void locksConfirmationAfterFiveWrongCodes() throws InterruptedException {
    String email = Api.uniqueEmail("confirm");
    Api.postJson("/auth/signup", Users.signUpBody(email, Users.PASSWORD));

    Answer locked = afterFiveFailures(code -> confirm(email, code), "invalid-code");

    waitOut(locked);
    assertEquals(204, confirm(email, Api.stack("cognito.code")).status());
  }

  @Test
  void locksPasswordResetAfterFiveWrongCodes() throws InterruptedException {
    Users.Session user = Users.signedIn("reset");
    Api.postJson("/auth/forgot-password", "{\"email\": \"" + user.email() + "\"}");
    String newPassword = "N3w-Passw0rd!";

    Answer locked =
        afterFiveFailures(code -> reset(user.email(), code, newPassword), "invalid-code");

    waitOut(locked);
    assertEquals(204, reset(user.email(), Api.stack("cognito.code"), newPassword).status());
    assertEquals(
        200, Api.postJson("/auth/signin", Users.credentials(user.email(), newPassword)).status());
  }

  /**
   * The stand-in accepts any session for a known user (real Cognito checks it), so the wrong
   * answers here name an e-mail without an account: the identity provider refuses those.
   */
  @Test
  void locksTheChallengeAfterFiveWrongAnswers() {
    String email = Api.uniqueEmail("challenge");
    afterFiveFailures(
        session -> Api.postJson("/auth/challenge", challenge(email, "forged-" + session)),
        "invalid-challenge");
  }

  @Test
  void aPasswordResetReleasesALockedSignIn() {
    Users.Session user = Users.signedIn("locked-out");
    for (int attempt = 1; attempt <= 5; attempt++) {
      Api.postJson("/auth/signin", Users.credentials(user.email(), "Wr0ng-Guess" + attempt))
          .assertProblem(401, "invalid-credentials");
    }
    Api.postJson("/auth/signin", Users.credentials(user.email(), Users.PASSWORD))
        .assertProblem(429, "sign-in-locked");

    Api.postJson("/auth/forgot-password", "{\"email\": \"" + user.email() + "\"}");
    String newPassword = "Fr3sh-Passw0rd!";
    assertEquals(204, reset(user.email(), Api.stack("cognito.code"), newPassword).status());
    Answer signIn = Api.postJson("/auth/signin", Users.credentials(user.email(), newPassword));
    assertEquals(200, signIn.status(), signIn.body());
  }

  /** Five wrong attempts answer the step's own problem; the sixth, with the right code, 429. */
  private static Answer afterFiveFailures(Function<String, Answer> attempt, String failure) {
    for (int i = 1; i <= 5; i++) {
      attempt.apply("00000" + i).assertProblem(400, failure);
    }
    Answer locked = attempt.apply(Api.stack("cognito.code"));
    locked.assertProblem(429, "sign-in-locked");
    long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
    long window = Duration.parse(Api.stack("signin.lockout-window")).toSeconds();
    assertTrue(retryAfter >= 1 && retryAfter <= window, "Retry-After " + retryAfter);
    attempt.apply(WRONG_CODE).assertProblem(429, "sign-in-locked");
    return locked;
  }

  private static void waitOut(Answer locked) throws InterruptedException {
    long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
    Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
  }

  private static Answer confirm(String email, String code) {
    return Api.postJson(
        "/auth/confirm", "{\"email\": \"%s\", \"code\": \"%s\"}".formatted(email, code));
  }

  private static Answer reset(String email, String code, String newPassword) {
    return Api.postJson(
        "/auth/reset-password",
        "{\"email\": \"%s\", \"code\": \"%s\", \"newPassword\": \"%s\"}"
            .formatted(email, code, newPassword));
  }

  private static String challenge(String email, String session) {
    return "{\"email\": \"%s\", \"session\": \"%s\", \"newPassword\": \"Inv1ted-Pass!\"}"
        .formatted(email, session);
  }
}
