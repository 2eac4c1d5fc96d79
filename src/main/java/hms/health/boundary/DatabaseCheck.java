package hms.health.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The database answers a trivial query within {@link #TIMEOUT}. The query runs on a thread of its
 * own so that a database that stopped answering without closing the socket (a paused process,
 * dropped packets) still makes the probe answer DOWN in time; while one query is stuck, later
 * probes answer DOWN at once instead of piling up threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {
  private static final long TIMEOUT = 3;

  @Resource(lookup = "jdbc/hms")
  DataSource dataSource;

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "health-database");
            t.setDaemon(true);
            return t;
          });
  private volatile Future<Optional<String>> running;

  @Override
  public synchronized HealthCheckResponse call() {
    if (running != null && !running.isDone()) {
      return Checks.of("database", Optional.of("timeout"));
    }
    running = worker.submit(this::query);
    try {
      return Checks.of("database", running.get(TIMEOUT, TimeUnit.SECONDS));
    } catch (TimeoutException e) {
      return Checks.of("database", Optional.of("timeout"));
    } catch (ExecutionException e) {
      return Checks.of("database", Optional.of("error"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Checks.of("database", Optional.of("interrupted"));
    }
  }

  private Optional<String> query() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) TIMEOUT);
      statement.execute("SELECT 1");
      return Optional.empty();
    } catch (SQLException e) {
      // A failed connection is stale to the pool, which purges it; nothing to repair here.
      return Optional.of("unreachable");
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
