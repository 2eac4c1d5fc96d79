package hms.telemetry.boundary;

import hms.telemetry.control.LogContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request (web.xml maps it before the others): decides the request's id,
 * names it and the trace in the answer's headers ({@code X-Request-ID}, {@code traceresponse}),
 * puts the request id on the server's span, and the ids on every log line the request writes until
 * it ends, also when it fails.
 *
 * <p>The server span itself is the runtime's (MicroProfile Telemetry's servlet instrumentation,
 * which runs before any application filter and continues a W3C {@code traceparent} it is sent).
 */
public class TelemetryFilter extends HttpFilter {
  /** W3C Trace Context Level 2's answer header: version, trace id, server span id, flags. */
  public static final String TRACE_RESPONSE = "traceresponse";

  /** The span attribute carrying the request id. */
  public static final String REQUEST_ID = "hms.request.id";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = RequestIds.of(request);
    response.setHeader(RequestIds.HEADER, requestId);
    Span span = Span.current();
    SpanContext trace = span.getSpanContext();
    if (trace.isValid()) {
      response.setHeader(TRACE_RESPONSE, traceResponse(trace));
      span.setAttribute(REQUEST_ID, requestId);
    }
    LogContext.enter(requestId, trace);
    try {
      chain.doFilter(request, response);
    } finally {
      LogContext.leave();
    }
  }

  static String traceResponse(SpanContext trace) {
    return "00-"
        + trace.getTraceId()
        + "-"
        + trace.getSpanId()
        + "-"
        + trace.getTraceFlags().asHex();
  }
}
