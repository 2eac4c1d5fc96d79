package hms.admission.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Gives a request's connection what is left of the request's {@link RequestDeadline} as its network
 * timeout, when the request takes it and again after every statement: each read (a query, the
 * commit) waits at most until the deadline, so a request fails within its budget however many
 * statements it runs. A read that would outlast the budget breaks off (the driver closes the
 * connection; the answer is 503 database-unavailable). At most {@link #SOCKET_TIMEOUT}, the data
 * source's setting, which is also restored outside requests. A socket option: no round trip.
 */
class DeadlineTimeouts extends SessionEventAdapter {
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);

  private static final Logger LOG = Logger.getLogger(DeadlineTimeouts.class.getName());
  private static final Executor UNUSED = Runnable::run;

  private volatile boolean unsupportedReported;

  @Override
  public void postAcquireConnection(SessionEvent event) {
    if (event.getResult() instanceof Accessor accessor) {
      limit(accessor);
    }
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    if (event.getCall() instanceof DatasourceCall call
        && call.getQuery() != null
        && call.getQuery().getAccessors() != null) {
      call.getQuery().getAccessors().forEach(this::limit);
    }
  }

  private void limit(Accessor accessor) {
    if (!(accessor.getDatasourceConnection() instanceof Connection connection)) {
      return;
    }
    try {
      connection.setNetworkTimeout(UNUSED, millis(RequestDeadline.remainingNanos()));
    } catch (SQLFeatureNotSupportedException | UnsupportedOperationException e) {
      // The data source's socket timeout still applies; said once, not for every request.
      if (!unsupportedReported) {
        unsupportedReported = true;
        LOG.warning("No network timeout per request: " + e);
      }
    } catch (SQLException e) {
      // A connection that broke meanwhile: its next use fails and says so.
    }
  }

  /**
   * The remaining budget in milliseconds, at least 1 (a spent budget fails the next read at once)
   * and at most the socket timeout, which also applies outside a request.
   */
  static int millis(OptionalLong remainingNanos) {
    long cap = SOCKET_TIMEOUT.toMillis();
    if (remainingNanos.isEmpty()) {
      return (int) cap;
    }
    return (int) Math.max(1, Math.min(cap, remainingNanos.getAsLong() / 1_000_000));
  }
}
