package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Forwarded;
import hms.it.Users;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for one e-mail from one client address lock that pair for the window (15
 * minutes in production; the tests' server runs with a window of a few seconds so that the reset
 * can be waited out), and a higher ceiling bounds the failures for one e-mail from everywhere. The
 * client address is the connection's peer, or, from the trusted proxy only, the right-most address
 * in X-Forwarded-For that is not a trusted proxy ({@link Forwarded}).
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

  @Test
  void aStrangersFailuresDoNotLockTheOwnerOut() {
    Users.Session victim = Users.signedIn("owner");
    String attacker = "203.0.113.66";
    for (int attempt = 1; attempt <= 5; attempt++) {
      Forwarded.postJson("/auth/signin", wrong(victim, attempt), attacker)
          .assertProblem(401, "invalid-credentials");
    }
    Forwarded.postJson("/auth/signin", Users.credentials(victim.email(), Users.PASSWORD), attacker)
        .assertProblem(429, "sign-in-locked");
    // A spoofed address on the left of the list changes nothing: the proxy appended the real one.
    Forwarded.postJson(
            "/auth/signin", wrong(victim, 6), "198.51.100.250, 198.51.100.251, " + attacker)
        .assertProblem(429, "sign-in-locked");

    // The owner, behind the same load balancer but at home, and connecting directly, signs in.
    Answer atHome =
        Forwarded.postJson(
            "/auth/signin", Users.credentials(victim.email(), Users.PASSWORD), "198.51.100.7");
    assertEquals(200, atHome.status(), atHome.body());
    assertEquals(
        200,
        Api.postJson("/auth/signin", Users.credentials(victim.email(), Users.PASSWORD)).status());
  }

  @Test
  void ignoresForwardingHeadersFromAnUntrustedPeer() {
    Users.Session victim = Users.signedIn("spoofed");
    for (int attempt = 1; attempt <= 5; attempt++) {
      String address = "198.51.100." + attempt;
      Forwarded.postJsonUntrusted(
              "/auth/signin",
              wrong(victim, attempt),
              Map.of("X-Forwarded-For", address, "$WSRA", address, "X-Real-IP", address))
          .assertProblem(401, "invalid-credentials");
    }
    Forwarded.postJsonUntrusted(
            "/auth/signin",
            Users.credentials(victim.email(), Users.PASSWORD),
            Map.of("X-Forwarded-For", "198.51.100.99", "$WSRA", "198.51.100.99"))
        .assertProblem(429, "sign-in-locked");
    // The lock is 127.0.0.1's: through the trusted proxy, the owner still gets in.
    assertEquals(
        200,
        Forwarded.postJson(
                "/auth/signin", Users.credentials(victim.email(), Users.PASSWORD), "198.51.100.8")
            .status());
  }

  @Test
  void theCeilingForOneEmailHoldsAgainstManyAddresses() {
    Users.Session victim = Users.signedIn("sprayed");
    int ceiling = Integer.parseInt(Api.stack("signin.max-failures-per-email"));
    // Four guesses from each address: never five from one, so only the ceiling can stop them.
    for (int attempt = 0; attempt < ceiling; attempt++) {
      Forwarded.postJson("/auth/signin", wrong(victim, attempt), "203.0.113." + (attempt / 4 + 1))
          .assertProblem(401, "invalid-credentials");
    }
    Answer capped =
        Forwarded.postJson(
            "/auth/signin", Users.credentials(victim.email(), Users.PASSWORD), "198.51.100.77");
    capped.assertProblem(429, "sign-in-locked");
    assertTrue(Long.parseLong(capped.header("Retry-After").orElseThrow()) >= 1);
  }

  private static String wrong(Users.Session user, int attempt) {
    return Users.credentials(user.email(), "Wr0ng-Guess" + attempt);
  }
}
