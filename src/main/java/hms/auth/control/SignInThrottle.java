package hms.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one e-mail within the
 * window, further attempts are refused without asking Cognito until the oldest failure leaves the
 * window. A success clears the e-mail's record.
 *
 * <p>The count lives in this node's memory: with N nodes behind a load balancer an attacker gets at
 * most N times the limit per window, on top of which Cognito applies its own protections. Memory is
 * bounded: stale records are dropped when the table grows past {@link #PRUNE_AT}. Deliberately no
 * size-bounded cache (hms.auth's package-info says why).
 */
@ApplicationScoped
public class SignInThrottle {
  static final int PRUNE_AT = 50_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected SignInThrottle() {
    this(1, Duration.ofSeconds(1), null);
  }

  @Inject
  public SignInThrottle(CognitoSettings settings, Clock clock) {
    this(settings.signInMaxFailures(), settings.signInLockoutWindow(), clock);
  }

  SignInThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Refuses with 429 and Retry-After while the e-mail is locked. */
  public void checkAllowed(String email) {
    Deque<Instant> times = failures.get(email);
    if (times == null) {
      return;
    }
    Instant now = clock.instant();
    synchronized (times) {
      dropExpired(times, now);
      if (times.size() >= maxFailures) {
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        throw new AuthProblems.SignInLocked(Math.max(1, (wait.toMillis() + 999) / 1000));
      }
    }
  }

  public void recordFailure(String email) {
    if (failures.size() >= PRUNE_AT) {
      pruneStale();
    }
    Deque<Instant> times = failures.computeIfAbsent(email, e -> new ArrayDeque<>());
    synchronized (times) {
      dropExpired(times, clock.instant());
      times.addLast(clock.instant());
    }
  }

  public void recordSuccess(String email) {
    failures.remove(email);
  }

  /** How many e-mails have a record. */
  int size() {
    return failures.size();
  }

  private void pruneStale() {
    Instant now = clock.instant();
    failures
        .entrySet()
        .removeIf(
            entry -> {
              synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
              }
            });
  }

  private void dropExpired(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }
}
