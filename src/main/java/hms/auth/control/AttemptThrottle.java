package hms.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slows down guessing what only an account's owner knows: the password at sign-in, the e-mailed
 * code at confirmation and at password reset, the session of a sign-in challenge. Each step counts
 * its failures for an e-mail twice: from one client address, where {@code maxFailures} within the
 * window lock that address out, and from everywhere, where the higher {@code maxFailuresPerEmail}
 * bounds a guesser with many addresses. A locked attempt is refused without asking Cognito until
 * enough failures leave the window. A success clears the failures of its e-mail and address; the
 * e-mail's total only ages out, so an owner signing in does not reset a stranger's count.
 *
 * <p>The counts live in this node's memory: with N nodes behind a load balancer an attacker gets at
 * most N times the limits per window, on top of which Cognito applies its own protections. Memory
 * is bounded: stale records are dropped when the table grows past {@link #PRUNE_AT}. Deliberately
 * no size-bounded cache (hms.auth's package-info says why).
 */
@ApplicationScoped
public class AttemptThrottle {
  static final int PRUNE_AT = 50_000;

  /** The throttled steps, each with the problem that is its failure. */
  public enum Step {
    SIGN_IN(AuthProblems.InvalidCredentials.class),
    CONFIRM(AuthProblems.InvalidCode.class),
    RESET_PASSWORD(AuthProblems.InvalidCode.class),
    CHALLENGE(AuthProblems.InvalidChallenge.class);

    private final Class<? extends RuntimeException> failure;

    Step(Class<? extends RuntimeException> failure) {
      this.failure = failure;
    }
  }

  private record Key(Step step, String email) {}

  private final int maxFailures;
  private final int maxFailuresPerEmail;
  private final Duration window;
  private final Clock clock;
  private final Map<Key, Failures> table = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected AttemptThrottle() {
    this(1, 1, Duration.ofSeconds(1), null);
  }

  @Inject
  public AttemptThrottle(CognitoSettings settings, Clock clock) {
    this(
        settings.signInMaxFailures(),
        settings.signInMaxFailuresPerEmail(),
        settings.signInLockoutWindow(),
        clock);
  }

  AttemptThrottle(int maxFailures, int maxFailuresPerEmail, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxFailuresPerEmail = maxFailuresPerEmail;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Runs one attempt at a step for the e-mail from the address, unless it is locked (429 with
   * Retry-After, Cognito not asked); counts the step's failure, or clears on success.
   */
  public <T> T attempt(Step step, String email, String address, Supplier<T> call) {
    checkAllowed(step, email, address);
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      if (step.failure.isInstance(e)) {
        recordFailure(step, email, address);
      }
      throw e;
    }
    recordSuccess(step, email, address);
    return result;
  }

  public void attempt(Step step, String email, String address, Runnable call) {
    attempt(
        step,
        email,
        address,
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Forgets every failed sign-in for the e-mail, from everywhere: its owner has just set a new
   * password with the code e-mailed to them, so nobody's guesses at the old one matter any more.
   */
  public void releaseSignIn(String email) {
    table.remove(new Key(Step.SIGN_IN, email));
  }

  void checkAllowed(Step step, String email, String address) {
    long[] wait = {0};
    Instant now = clock.instant();
    table.computeIfPresent(
        new Key(step, email),
        (key, failures) -> {
          failures.dropExpired(now);
          wait[0] = failures.secondsLocked(address, now);
          return failures.isEmpty() ? null : failures;
        });
    if (wait[0] > 0) {
      throw step == Step.SIGN_IN
          ? AuthProblems.SignInLocked.signIn(wait[0])
          : AuthProblems.SignInLocked.otherStep(wait[0]);
    }
  }

  void recordFailure(Step step, String email, String address) {
    if (table.size() >= PRUNE_AT) {
      pruneStale();
    }
    Instant now = clock.instant();
    table.compute(
        new Key(step, email),
        (key, failures) -> {
          Failures record = failures == null ? new Failures() : failures;
          record.dropExpired(now);
          record.add(address, now);
          return record;
        });
  }

  void recordSuccess(Step step, String email, String address) {
    table.computeIfPresent(
        new Key(step, email),
        (key, failures) -> {
          failures.byAddress.remove(address);
          return failures.isEmpty() ? null : failures;
        });
  }

  /** How many (step, e-mail) records the table holds. */
  int size() {
    return table.size();
  }

  private void pruneStale() {
    Instant now = clock.instant();
    for (Key key : table.keySet()) {
      table.computeIfPresent(
          key,
          (k, failures) -> {
            failures.dropExpired(now);
            return failures.isEmpty() ? null : failures;
          });
    }
  }

  /**
   * One e-mail's failures at one step: all of them, and those of each address. Only touched inside
   * the table's compute methods, which lock its key.
   */
  private final class Failures {
    private final Deque<Instant> all = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    void add(String address, Instant now) {
      append(all, now, maxFailuresPerEmail);
      append(byAddress.computeIfAbsent(address, a -> new ArrayDeque<>()), now, maxFailures);
    }

    /** Seconds until the address may try again; 0: now. */
    long secondsLocked(String address, Instant now) {
      Deque<Instant> own = byAddress.get(address);
      long locked = own == null ? 0 : secondsLocked(own, maxFailures, now);
      return Math.max(locked, secondsLocked(all, maxFailuresPerEmail, now));
    }

    void dropExpired(Instant now) {
      dropExpired(all, now);
      byAddress.values().removeIf(times -> dropExpired(times, now).isEmpty());
    }

    /** Emptied by {@link #dropExpired}: every failure has left the window. */
    boolean isEmpty() {
      return all.isEmpty() && byAddress.isEmpty();
    }

    /** A record never holds more than its limit: more would only lengthen the lock. */
    private void append(Deque<Instant> times, Instant now, int limit) {
      times.addLast(now);
      while (times.size() > limit) {
        times.removeFirst();
      }
    }

    /** At the limit, the oldest failure must leave the window before the next attempt. */
    private long secondsLocked(Deque<Instant> times, int limit, Instant now) {
      if (times.size() < limit) {
        return 0;
      }
      Duration wait = Duration.between(now, times.peekFirst().plus(window));
      return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Deque<Instant> dropExpired(Deque<Instant> times, Instant now) {
      while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
        times.removeFirst();
      }
      return times;
    }
  }
}
