package hms.problems.boundary;

import hms.telemetry.boundary.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper knows: a bug or an outage nobody anticipated. The client learns only
 * the request's id; the log has that id with the stack trace (in the line's text, and in its
 * request id field where the log is JSON).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable e) {
    // EclipseLink throws its own DatabaseException from some calls (find), and a failed commit
    // arrives as a TransactionalException: a broken connection underneath is still an outage.
    if (PersistenceExceptionMapper.isUnavailable(e)) {
      return PersistenceExceptionMapper.unavailable(e, request);
    }
    return answer(e, request);
  }

  /** The 500 answer, for other mappers that meet a failure they do not know. */
  Response answer(Throwable e, HttpServletRequest request) {
    LOG.log(Level.SEVERE, "Unexpected failure of request " + RequestIds.of(request), e);
    return Problems.answer(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal",
            "Internal Server Error",
            "The server failed to answer. Quote the requestId when reporting this.",
            request,
            List.of())
        .build();
  }
}
