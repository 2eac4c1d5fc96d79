package hms.problems.boundary;

import hms.problems.entity.FieldError;
import hms.telemetry.boundary.RequestIds;
import hms.telemetry.boundary.RequestTelemetry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds the problem+json answers of the mappers, so they all look alike: each carries the
 * request's id, and the request's trace names its type.
 */
final class Problems {
  private Problems() {}

  static Response.ResponseBuilder answer(
      Response.StatusType status,
      String slug,
      String title,
      String detail,
      HttpServletRequest request,
      List<FieldError> errors) {
    Problem problem =
        new Problem(
            Problem.type(slug),
            title,
            status.getStatusCode(),
            detail,
            // The request's path, without the query (it may carry personal data).
            ServletProblems.instance(request.getRequestURI()),
            RequestIds.of(request),
            errors.isEmpty() ? null : errors);
    RequestTelemetry.problem(problem.type());
    return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem);
  }
}
