package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for one e-mail lock it for the window (15 minutes in production; the tests'
 * server runs with a window of a few seconds so that the reset can be waited out).
 */
class SignInThrottleIT {

  @Test
  void locksAnEmailAfterFiveFailuresAndReleasesItAfterTheWindow() throws InterruptedException {
    Users.Session victim = Users.signedIn("victim");
    Users.Session bystander = Users.signedIn("bystander");
    for (int attempt = 1; attempt <= 5; attempt++) {
      Api.postJson("/auth/signin", Users.credentials(victim.email(), "Wr0ng-Guess" + attempt))
          .assertProblem(401, "invalid-credentials");
    }

    // Locked: even the right password is refused without asking Cognito.
    Answer locked = Api.postJson("/auth/signin", Users.credentials(victim.email(), Users.PASSWORD));
    locked.assertProblem(429, "sign-in-locked");
    long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
    long window = Duration.parse(Api.stack("signin.lockout-window")).toSeconds();
    assertTrue(retryAfter >= 1 && retryAfter <= window, "Retry-After " + retryAfter);
    Api.postJson("/auth/signin", Users.credentials(victim.email().toUpperCase(), Users.PASSWORD))
        .assertProblem(429, "sign-in-locked");

    // Other accounts are unaffected.
    assertEquals(
        200,
        Api.postJson("/auth/signin", Users.credentials(bystander.email(), Users.PASSWORD))
            .status());

    Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
    Answer released =
        Api.postJson("/auth/signin", Users.credentials(victim.email(), Users.PASSWORD));
    assertEquals(200, released.status(), released.body());
  }

  @Test
  void aSuccessClearsEarlierFailures() {
    Users.Session user = Users.signedIn("forgetful");
    for (int attempt = 1; attempt <= 4; attempt++) {
      Api.postJson("/auth/signin", Users.credentials(user.email(), "Wr0ng-Guess" + attempt))
          .assertProblem(401, "invalid-credentials");
    }
    assertEquals(
        200,
        Api.postJson("/auth/signin", Users.credentials(user.email(), Users.PASSWORD)).status());
    for (int attempt = 1; attempt <= 4; attempt++) {
      Api.postJson("/auth/signin", Users.credentials(user.email(), "Wr0ng-Again" + attempt))
          .assertProblem(401, "invalid-credentials");
    }
    assertEquals(
        200,
        Api.postJson("/auth/signin", Users.credentials(user.email(), Users.PASSWORD)).status());
  }
}
