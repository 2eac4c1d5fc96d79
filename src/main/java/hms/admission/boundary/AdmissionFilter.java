package hms.admission.boundary;

import hms.admission.control.DatabaseGate;
import hms.admission.control.RequestDeadline;
import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import hms.problems.boundary.Problem;
import hms.problems.boundary.ServletProblems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Lets an {@code /api} request in through the {@link DatabaseGate}, or answers 503 {@code
 * server-busy}; the request's {@link RequestDeadline} starts here and bounds the wait. A request
 * that ends after its deadline (its last database wait was cut by it) is counted.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AdmissionFilter extends HttpFilter {
  static final String RETRY_AFTER_SECONDS = "2";

  /**
   * What an admitted request may still need of its deadline before its first query runs: a free
   * connection from the pool and, after a purge, a new one's login (at most 1 s each, server.xml).
   */
  static final Duration AFTER_ADMISSION = Duration.ofSeconds(2);

  /** Less than this left of its deadline at its end: the request ran out of it. */
  private static final long SPENT = Duration.ofMillis(1).toNanos();

  @Inject DatabaseGate gate;
  @Inject Metrics metrics;
  @Inject ServletProblems problems;

  private Counter expired;

  @Override
  public void init() {
    expired =
        metrics.counter(
            "hms.request.deadline.expired", "API requests that ended after their 4.5 s deadline");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long deadline = RequestDeadline.begin();
    try {
      if (admitted(deadline - AFTER_ADMISSION.toNanos())) {
        try {
          chain.doFilter(request, response);
        } finally {
          gate.release();
        }
      } else {
        refuse(request, response);
      }
    } finally {
      // Spent to the millisecond: the reads' timeouts are whole milliseconds of what was left.
      if (RequestDeadline.remainingNanos().orElse(SPENT) < SPENT) {
        expired.increment();
      }
      RequestDeadline.end();
    }
  }

  private boolean admitted(long waitUntil) {
    try {
      return gate.enter(waitUntil);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    problems.write(
        request,
        response,
        new Problem(
            Problem.type("server-busy"),
            "Service Temporarily Unavailable",
            503,
            "The server is busy. Try again in a few seconds.",
            ServletProblems.instance(request.getRequestURI()),
            null,
            null));
  }
}
