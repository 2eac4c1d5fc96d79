package hms.telemetry.boundary;

import hms.telemetry.control.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request (web.xml maps it before the others): decides the request's id,
 * names it in the answer's {@code X-Request-ID} and puts it on every log line the request writes
 * until it ends, also when it fails. The trace's ids join it once the request is inside its span
 * ({@link TraceFilter}).
 */
public class TelemetryFilter extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = RequestIds.of(request);
    response.setHeader(RequestIds.HEADER, requestId);
    LogContext.enter(requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      LogContext.leave();
    }
  }
}
