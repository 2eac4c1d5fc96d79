package hms.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Permits for work on the request pool's connections, one per connection, handed out first come,
 * first served. A permit is waited for while others are being given back (a busy but healthy
 * database: the wait is the queue, as long as the caller's deadline allows); as soon as none has
 * come back for {@link #STALLED}, the database is stuck and callers, waiting or new, are refused at
 * once. The time counts from the last permit given back, or from the moment the first permit went
 * out after a quiet spell (with every permit at home nothing can be stuck: counted from the last
 * release alone, a burst after a minute's silence was refused as if the database were stuck).
 * Handing out permits while others are out does not count: a frozen database must not keep
 * admitting work each time one of its stuck requests times out.
 */
@ApplicationScoped
public class DatabaseGate {
  static final Duration STALLED = Duration.ofMillis(500);

  /** How often a waiter looks whether the gate stalled meanwhile. */
  private static final long CHECK_NANOS = Duration.ofMillis(100).toNanos();

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Condition> queue = new ArrayDeque<>();
  private final long stalledNanos;
  private final int permits;
  private int free;
  private long lastRelease = System.nanoTime();

  /** For the CDI proxy only. */
  protected DatabaseGate() {
    this(1, STALLED);
  }

  @Inject
  public DatabaseGate(AdmissionSettings settings) {
    this(settings.poolSize(), STALLED);
  }

  DatabaseGate(int permits, Duration stalled) {
    this.permits = permits;
    this.free = permits;
    this.stalledNanos = stalled.toNanos();
  }

  /**
   * True with a permit the caller must {@link #release()}; false when the caller is refused, at the
   * latest at {@code waitUntil} ({@link System#nanoTime()}).
   */
  public boolean enter(long waitUntil) throws InterruptedException {
    lock.lock();
    try {
      if (free > 0 && queue.isEmpty()) {
        take();
        return true;
      }
      long now = System.nanoTime();
      if (now - lastRelease > stalledNanos) {
        return false;
      }
      Condition turn = lock.newCondition();
      queue.addLast(turn);
      try {
        while (true) {
          if (free > 0 && queue.peekFirst() == turn) {
            take();
            return true;
          }
          now = System.nanoTime();
          if (now - lastRelease > stalledNanos || now >= waitUntil) {
            return false;
          }
          turn.awaitNanos(Math.min(CHECK_NANOS, waitUntil - now));
        }
      } finally {
        queue.remove(turn);
        wakeHead();
      }
    } finally {
      lock.unlock();
    }
  }

  public void release() {
    lock.lock();
    try {
      lastRelease = System.nanoTime();
      free++;
      wakeHead();
    } finally {
      lock.unlock();
    }
  }

  private void take() {
    if (free == permits) {
      lastRelease = System.nanoTime();
    }
    free--;
  }

  private void wakeHead() {
    Condition head = queue.peekFirst();
    if (head != null && free > 0) {
      head.signal();
    }
  }
}
