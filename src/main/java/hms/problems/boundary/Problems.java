package hms.problems.boundary;

import hms.problems.entity.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/** Builds the problem+json answers of the mappers, so they all look alike. */
final class Problems {
  private Problems() {}

  static Response.ResponseBuilder answer(
      Response.StatusType status,
      String slug,
      String title,
      String detail,
      UriInfo uri,
      String errorId,
      List<FieldError> errors) {
    Problem problem =
        new Problem(
            Problem.type(slug),
            title,
            status.getStatusCode(),
            detail,
            instance(uri),
            errorId,
            errors.isEmpty() ? null : errors);
    return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem);
  }

  /** The request's path, without the query (it may carry personal data). */
  private static URI instance(UriInfo uri) {
    if (uri == null) {
      return null;
    }
    try {
      return URI.create(uri.getRequestUri().getRawPath());
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
