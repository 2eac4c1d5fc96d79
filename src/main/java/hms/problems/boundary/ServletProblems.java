package hms.problems.boundary;

import hms.telemetry.boundary.RequestIds;
import hms.telemetry.boundary.RequestTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A problem answered by a servlet or filter, outside JAX-RS and its mappers (the admission gate,
 * the server's error pages): the same problem+json, absent members left out, with the request's id
 * in the body and, for an error the server answered before any filter ran, in the header too;
 * counted like the others ({@link ProblemMetrics}).
 */
@ApplicationScoped
public class ServletProblems {
  private final ProblemMetrics metrics;

  /** For the CDI proxy only. */
  protected ServletProblems() {
    this.metrics = null;
  }

  @Inject
  public ServletProblems(ProblemMetrics metrics) {
    this.metrics = metrics;
  }

  /** The request's path as a problem's instance, or none when it is no valid URI. */
  public static URI instance(Object path) {
    try {
      return path == null ? null : URI.create(path.toString());
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  /** Writes the problem, its {@code requestId} the request's whatever the record says. */
  public void write(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    metrics.count(problem);
    String requestId = RequestIds.of(request);
    RequestTelemetry.problem(problem.type());
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type().toString())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.detail() != null) {
      json.add("detail", problem.detail());
    }
    if (problem.instance() != null) {
      json.add("instance", problem.instance().toString());
    }
    json.add("requestId", requestId);
    byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    // The error pages run in an error dispatch, which request filters (hms.web's) do not see.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(RequestIds.HEADER, requestId);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
