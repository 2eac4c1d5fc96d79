package hms.admission.control;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The moment by which the API request on this thread must have its answer. Every step that may wait
 * on the database takes its time from this one budget (the admission gate's wait, then the query's
 * socket reads), instead of each adding a timeout of its own: independent timeouts added up to 7 s
 * when PostgreSQL thawed after a freeze (docs/reliability.md). Kept per thread because
 * EclipseLink's connection events run outside any CDI context; unset outside API requests (start-up
 * work, health checks), where the data source's own timeouts apply.
 */
public final class RequestDeadline {
  /** Half a second of the 5 s bound (issue 9) is left for reading the request and the answer. */
  public static final Duration BUDGET = Duration.ofMillis(4500);

  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private RequestDeadline() {}

  /**
   * Starts the budget of the request on this thread; returns its deadline ({@link
   * System#nanoTime()}).
   */
  public static long begin() {
    long deadline = System.nanoTime() + BUDGET.toNanos();
    DEADLINE.set(deadline);
    return deadline;
  }

  public static void end() {
    DEADLINE.remove();
  }

  /** What is left of the budget, negative when it is spent; empty outside an API request. */
  public static OptionalLong remainingNanos() {
    Long deadline = DEADLINE.get();
    return deadline == null ? OptionalLong.empty() : OptionalLong.of(deadline - System.nanoTime());
  }
}
