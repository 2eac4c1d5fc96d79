package hms.admission.boundary;

import hms.admission.control.DatabaseGate;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
    byte[] body =
        Json.createObjectBuilder()
            .add("type", "urn:hms:problem:server-busy")
            .add("title", "Service Temporarily Unavailable")
            .add("status", 503)
            .add("detail", "The server is busy. Try again in a few seconds.")
            .add("instance", request.getRequestURI())
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(503);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
