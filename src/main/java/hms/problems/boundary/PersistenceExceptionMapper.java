package hms.problems.boundary;

import hms.problems.entity.StaleVersion;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The database unreachable, too slow (the socket timeout broke the connection) or its pool
 * exhausted: 503 with Retry-After, fast, so that clients back off instead of piling up. Any other
 * persistence failure is a bug: 500.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {
  private static final Logger LOG = Logger.getLogger(PersistenceExceptionMapper.class.getName());

  private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(PersistenceException e) {
    if (e instanceof OptimisticLockException) {
      return new ProblemExceptionMapper().answer(StaleVersion.raced(), request);
    }
    if (!isUnavailable(e)) {
      return new UnexpectedExceptionMapper().answer(e, request);
    }
    return unavailable(e, request);
  }

  /** The 503 answer, also for failures that reach other mappers (EclipseLink's own exceptions). */
  static Response unavailable(Throwable e, HttpServletRequest request) {
    LOG.warning("Database unavailable: " + rootCause(e));
    return Problems.answer(
            Response.Status.SERVICE_UNAVAILABLE,
            "database-unavailable",
            "Service Temporarily Unavailable",
            "The data store is busy or unreachable. Try again in a few seconds.",
            request,
            List.of())
        .header(HttpHeaders.RETRY_AFTER, "5")
        .build();
  }

  /** The innermost cause: the driver's own words (a wrapper's message is often null). */
  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * A connection that could not be had or broke (SQLState class 08), a server shutting down or
   * starting up (57P01..57P03: a restart ends every session), or out of connection slots (53300).
   * Also a heuristic outcome of a commit: with one database per transaction, that is a connection
   * that broke while committing (WildFly's transaction manager reports it without the SQL cause).
   * Whether that commit took effect is unknown to the server as to the client: the write is whole
   * or absent (one transaction), and the client looks before it repeats it.
   */
  static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof HeuristicMixedException
          || t instanceof HeuristicRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
