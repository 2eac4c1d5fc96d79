package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hms.auth.control.AttemptThrottle.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttemptThrottleTest {
  private static final String EMAIL = "a@x.org";
  private static final String HOME = "198.51.100.7";
  private static final String ATTACKER = "203.0.113.66";

  private final MutableClock clock = new MutableClock();
  private final AttemptThrottle throttle =
      new AttemptThrottle(5, 12, Duration.ofMinutes(15), clock);

  @Test
  void allowsFourFailuresAndLocksAtTheFifth() {
    fail(4, ATTACKER);
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, ATTACKER));
    fail(1, ATTACKER);
    assertEquals("900", locked(Step.SIGN_IN, ATTACKER).headers().get("Retry-After"));
  }

  @Test
  void anotherAddressOfTheSameEmailIsNotLocked() {
    fail(5, ATTACKER);
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, HOME));
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, "b@x.org", ATTACKER));
  }

  @Test
  void theCeilingLocksTheEmailEverywhere() {
    for (int i = 0; i < 12; i++) {
      fail(1, "203.0.113." + i);
    }
    assertEquals("900", locked(Step.SIGN_IN, HOME).headers().get("Retry-After"));
    clock.advance(Duration.ofMinutes(15));
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, HOME));
  }

  @Test
  void retryAfterCountsDownToTheOldestFailureLeavingTheWindow() {
    fail(1, ATTACKER);
    clock.advance(Duration.ofMinutes(10));
    fail(4, ATTACKER);
    assertEquals("300", locked(Step.SIGN_IN, ATTACKER).headers().get("Retry-After"));
    clock.advance(Duration.ofMinutes(5));
    assertDoesNotThrow(
        () -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, ATTACKER), "the oldest failure expired");
  }

  @Test
  void successClearsItsAddressButNotTheEmailsTotal() {
    for (int i = 0; i < 3; i++) {
      fail(1, "203.0.113." + i);
    }
    fail(4, HOME);
    throttle.attempt(Step.SIGN_IN, EMAIL, HOME, () -> "signed in");
    fail(4, HOME);
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, HOME), "own count cleared");
    // One more makes 12 within the window: the owner's success did not reset the e-mail's total.
    fail(1, ATTACKER);
    assertEquals("900", locked(Step.SIGN_IN, HOME).headers().get("Retry-After"));
  }

  @Test
  void attemptCountsOnlyTheStepsOwnFailureAndAsksNothingWhenLocked() {
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertThrows(
          AuthProblems.InvalidCode.class,
          () ->
              throttle.attempt(
                  Step.CONFIRM,
                  EMAIL,
                  ATTACKER,
                  () -> {
                    calls.incrementAndGet();
                    throw new AuthProblems.InvalidCode();
                  }));
    }
    assertThrows(
        AuthProblems.SignInLocked.class,
        () -> throttle.attempt(Step.CONFIRM, EMAIL, ATTACKER, calls::incrementAndGet));
    assertEquals(5, calls.get(), "not asked while locked");
    // Other steps count apart; a weak password is not a wrong code.
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, ATTACKER));
    for (int i = 0; i < 6; i++) {
      assertThrows(
          AuthProblems.PasswordRejected.class,
          () ->
              throttle.attempt(
                  Step.RESET_PASSWORD,
                  EMAIL,
                  ATTACKER,
                  () -> {
                    throw AuthProblems.PasswordRejected.byPool("newPassword");
                  }));
    }
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.RESET_PASSWORD, EMAIL, ATTACKER));
  }

  @Test
  void releasingSignInForgetsEveryAddress() {
    for (int i = 0; i < 12; i++) {
      fail(1, "203.0.113." + i);
    }
    throttle.releaseSignIn(EMAIL);
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, EMAIL, "203.0.113.1"));
  }

  @Test
  void staleRecordsArePrunedWhenTheTableIsFull() {
    for (int i = 0; i < AttemptThrottle.PRUNE_AT; i++) {
      throttle.recordFailure(Step.SIGN_IN, "user" + i + "@x.org", ATTACKER);
    }
    clock.advance(Duration.ofMinutes(16));
    throttle.recordFailure(Step.SIGN_IN, "late@x.org", ATTACKER);
    assertDoesNotThrow(() -> throttle.checkAllowed(Step.SIGN_IN, "user1@x.org", ATTACKER));
    assertEquals(1, throttle.size());
  }

  private AuthProblems.SignInLocked locked(Step step, String address) {
    return assertThrows(
        AuthProblems.SignInLocked.class, () -> throttle.checkAllowed(step, EMAIL, address));
  }

  private void fail(int times, String address) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(Step.SIGN_IN, EMAIL, address);
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
