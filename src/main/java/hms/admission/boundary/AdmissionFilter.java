package hms.admission.boundary;

import hms.admission.control.DatabaseGate;
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

/** Lets an {@code /api} request in through the {@link DatabaseGate}, or answers 503 at once. */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AdmissionFilter extends HttpFilter {
  static final String RETRY_AFTER_SECONDS = "2";

  @Inject DatabaseGate gate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean admitted;
    try {
      admitted = gate.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      gate.release();
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    ServletProblems.write(
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
