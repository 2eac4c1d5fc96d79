package hms.telemetry.boundary;

import hms.telemetry.control.LogContext;
import io.opentelemetry.api.trace.Span;
import java.net.URI;

/**
 * What other features tell the request's trace and log lines once they know it: the hospital the
 * request works in (tenancy, once the caller's membership is checked) and the problem it answers
 * (problems). Only ids and types: never a value a client sent.
 */
public final class RequestTelemetry {
  /** The span attribute naming the hospital. */
  public static final String TENANT = "hms.tenant.id";

  /** The span attribute naming the problem type of an error answer. */
  public static final String PROBLEM_TYPE = "hms.problem.type";

  private RequestTelemetry() {}

  /** The request works in this hospital: its span and its later log lines say so. */
  public static void tenant(String tenantId) {
    Span.current().setAttribute(TENANT, tenantId);
    LogContext.tenant(tenantId);
  }

  /** The request is answered with this problem. */
  public static void problem(URI type) {
    Span.current().setAttribute(PROBLEM_TYPE, type.toString());
  }
}
