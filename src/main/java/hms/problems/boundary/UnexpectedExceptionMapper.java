package hms.problems.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper knows: a bug or an outage nobody anticipated. The client learns only
 * an id; the log has that id with the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    // EclipseLink throws its own DatabaseException from some calls (find), and a failed commit
    // arrives as a TransactionalException: a broken connection underneath is still an outage.
    if (PersistenceExceptionMapper.isUnavailable(e)) {
      return PersistenceExceptionMapper.unavailable(e, uri);
    }
    return answer(e, uri);
  }

  /** The 500 answer, for other mappers that meet a failure they do not know. */
  Response answer(Throwable e, UriInfo uri) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure " + errorId, e);
    return Problems.answer(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal",
            "Internal Server Error",
            "The server failed to answer. Quote the errorId when reporting this.",
            uri,
            errorId,
            List.of())
        .build();
  }
}
