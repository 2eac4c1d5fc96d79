package hms.admission.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's sessions fail fast when the database does not answer. Query retries are off:
 * EclipseLink retries a query whose connection failed three times, five seconds apart, each time
 * asking the pool for another connection, which turns one slow request into a long pile-up under an
 * outage; the request fails with 503 instead, and the client retries. A connection taken for a
 * request gets what is left of the request's deadline as its network timeout ({@link
 * DeadlineTimeouts}).
 */
public class FailFastSessions implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
    session.getEventManager().addListener(new DeadlineTimeouts());
  }
}
