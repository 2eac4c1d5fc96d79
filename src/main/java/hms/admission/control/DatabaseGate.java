package hms.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Permits for work on the request pool's connections, one per connection. A permit is waited for
 * only while others are being given back; when none has come back for {@link #STALLED}, the
 * database is stuck and the caller is refused at once.
 */
@ApplicationScoped
public class DatabaseGate {
  static final Duration STALLED = Duration.ofMillis(500);
  static final Duration MAX_WAIT = Duration.ofSeconds(1);

  private final Semaphore permits;
  private final long stalledNanos;
  private final long maxWaitMillis;
  private volatile long lastRelease = System.nanoTime();

  /** For the CDI proxy only. */
  protected DatabaseGate() {
    this(1, STALLED, MAX_WAIT);
  }

  @Inject
  public DatabaseGate(@ConfigProperty(name = "db.pool.max", defaultValue = "20") int poolSize) {
    this(poolSize, STALLED, MAX_WAIT);
  }

  DatabaseGate(int permits, Duration stalled, Duration maxWait) {
    this.permits = new Semaphore(permits, true);
    this.stalledNanos = stalled.toNanos();
    this.maxWaitMillis = maxWait.toMillis();
  }

  /** True with a permit the caller must {@link #release()}; false when the caller is refused. */
  public boolean enter() throws InterruptedException {
    if (permits.tryAcquire()) {
      return true;
    }
    if (System.nanoTime() - lastRelease > stalledNanos) {
      return false;
    }
    return permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
  }

  public void release() {
    lastRelease = System.nanoTime();
    permits.release();
  }
}
