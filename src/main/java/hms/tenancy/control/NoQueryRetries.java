package hms.tenancy.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection failed, three times, five seconds apart, each time
 * asking the pool for another connection. Under an outage or an exhausted pool that turns one slow
 * request into a long pile-up; the request should fail fast (503) instead, and the client retry.
 */
public class NoQueryRetries implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
