package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The failures the application raises on purpose. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProblemException e) {
    return answer(e, request);
  }

  /** The problem+json answer of a problem, for this request. */
  Response answer(ProblemException e, HttpServletRequest request) {
    Response.ResponseBuilder answer =
        Problems.answer(e.status(), e.slug(), e.title(), e.getMessage(), request, e.errors());
    e.headers().forEach(answer::header);
    return answer.build();
  }
}
