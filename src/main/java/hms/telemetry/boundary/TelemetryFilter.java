package hms.telemetry.boundary;

import hms.telemetry.control.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The first filter of every request (web.xml maps it before the others): decides the request's id,
 * names it in the answer's {@code X-Request-ID} and puts it on every log line the request writes
 * until it ends, also when it fails. The trace's ids join it once the request is inside its span
 * ({@link TraceFilter}). Liberty's telemetry also names the trace in a header of its own, {@code
 * io.openliberty.trace}, which would tell every client the server's make: it is dropped, {@code
 * traceresponse} says the same in the standard's words.
 */
public class TelemetryFilter extends HttpFilter {
  private static final String PRODUCTS_TRACE_HEADER = "io.openliberty.trace";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = RequestIds.of(request);
    response.setHeader(RequestIds.HEADER, requestId);
    LogContext.enter(requestId);
    try {
      chain.doFilter(request, new WithoutProductsHeader(response));
    } finally {
      LogContext.leave();
    }
  }

  /** The response, without the header that names the server's make. */
  private static final class WithoutProductsHeader extends HttpServletResponseWrapper {
    WithoutProductsHeader(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!PRODUCTS_TRACE_HEADER.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!PRODUCTS_TRACE_HEADER.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
