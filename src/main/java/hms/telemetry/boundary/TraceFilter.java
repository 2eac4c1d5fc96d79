package hms.telemetry.boundary;

import hms.telemetry.control.LogContext;
import hms.telemetry.control.QueryNames;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The trace of every API request, before anything else reads it: the answer names it in {@code
 * traceresponse}, the server's span gets the request id, and the request's log lines the trace and
 * span ids. A JAX-RS filter, not a servlet one: the runtime's server span (MicroProfile Telemetry;
 * on Liberty a servlet filter that runs after the application's declared ones) is current only from
 * here on.
 */
@Provider
@PreMatching
@Priority(1)
public class TraceFilter implements ContainerRequestFilter {
  /** W3C Trace Context Level 2's answer header: version, trace id, server span id, flags. */
  public static final String TRACE_RESPONSE = "traceresponse";

  /** The span attribute carrying the request id. */
  public static final String REQUEST_ID = "hms.request.id";

  /** OpenTelemetry's attribute for the query, which the runtime records as sent. */
  static final String URL_QUERY = "url.query";

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @Override
  public void filter(ContainerRequestContext context) {
    Span span = Span.current();
    SpanContext trace = span.getSpanContext();
    if (!trace.isValid()) {
      return;
    }
    // On the servlet response, so that it survives an answer replaced later (idempotency).
    response.setHeader(TRACE_RESPONSE, traceResponse(trace));
    span.setAttribute(REQUEST_ID, RequestIds.of(request));
    // The runtime recorded the query as sent: a patient search's name or e-mail. Names only.
    if (request.getQueryString() != null) {
      span.setAttribute(URL_QUERY, QueryNames.of(request.getQueryString()));
    }
    LogContext.trace(trace);
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
