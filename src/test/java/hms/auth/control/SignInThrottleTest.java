package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final MutableClock clock = new MutableClock();
  private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), clock);

  @Test
  void allowsFourFailuresAndLocksAtTheFifth() {
    fail(4);
    assertDoesNotThrow(() -> throttle.checkAllowed("a@x.org"));
    fail(1);
    AuthProblems.SignInLocked locked =
        assertThrows(AuthProblems.SignInLocked.class, () -> throttle.checkAllowed("a@x.org"));
    assertEquals("900", locked.headers().get("Retry-After"));
  }

  @Test
  void retryAfterCountsDownToTheOldestFailureLeavingTheWindow() {
    fail(1);
    clock.advance(Duration.ofMinutes(10));
    fail(4);
    AuthProblems.SignInLocked locked =
        assertThrows(AuthProblems.SignInLocked.class, () -> throttle.checkAllowed("a@x.org"));
    assertEquals("300", locked.headers().get("Retry-After"));
    clock.advance(Duration.ofMinutes(5));
    assertDoesNotThrow(() -> throttle.checkAllowed("a@x.org"), "the oldest failure expired");
  }

  @Test
  void successClearsTheRecord() {
    fail(5);
    throttle.recordSuccess("a@x.org");
    assertDoesNotThrow(() -> throttle.checkAllowed("a@x.org"));
  }

  @Test
  void eachEmailHasItsOwnCount() {
    fail(5);
    assertDoesNotThrow(() -> throttle.checkAllowed("b@x.org"));
  }

  @Test
  void staleRecordsArePrunedWhenTheTableIsFull() {
    for (int i = 0; i < SignInThrottle.PRUNE_AT; i++) {
      throttle.recordFailure("user" + i + "@x.org");
    }
    clock.advance(Duration.ofMinutes(16));
    throttle.recordFailure("late@x.org");
    assertDoesNotThrow(() -> throttle.checkAllowed("user1@x.org"));
    assertEquals(1, throttle.size());
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure("a@x.org");
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
