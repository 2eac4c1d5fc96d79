package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method, media type...). The runtime's
 * messages name its internals, so each status gets a fixed detail written here instead.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  record Kind(String slug, String detail) {}

  private static final Map<Integer, Kind> KINDS =
      Map.of(
          400, new Kind("bad-request", "The request could not be understood."),
          401, new Kind("unauthorized", "A valid bearer token is required."),
          403, new Kind("forbidden", "You are not allowed to do this."),
          404, new Kind("not-found", "There is nothing at this address."),
          405, new Kind("method-not-allowed", "This address does not support the method."),
          406, new Kind("not-acceptable", "No representation matches the Accept header."),
          415,
              new Kind(
                  "unsupported-media-type", "The request body's Content-Type is not supported."));

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof InvalidParameter invalid) {
      return new ProblemExceptionMapper()
          .answer(ProblemException.invalid(invalid.parameter(), invalid.requirement()), request);
    }
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Kind kind = kind(status.getStatusCode());
    Response.ResponseBuilder answer =
        Problems.answer(
            status, kind.slug(), status.getReasonPhrase(), kind.detail(), request, List.of());
    // Headers the client needs to recover: the methods that would work, the challenge.
    copy(original, answer, HttpHeaders.ALLOW);
    copy(original, answer, HttpHeaders.WWW_AUTHENTICATE);
    copy(original, answer, HttpHeaders.RETRY_AFTER);
    return answer.build();
  }

  /** The problem type and detail of an HTTP status, also for the server's own error pages. */
  static Kind kind(int status) {
    return KINDS.getOrDefault(status, new Kind("http-" + status, null));
  }

  private static void copy(Response from, Response.ResponseBuilder to, String header) {
    List<Object> values = from.getHeaders().get(header);
    if (values != null) {
      values.forEach(v -> to.header(header, v));
    }
  }
}
