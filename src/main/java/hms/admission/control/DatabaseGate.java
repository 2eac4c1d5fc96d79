package hms.admission.control;

import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
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
 *
 * <p>Metrics: admissions, refusals by reason ({@code stalled}: the database gave nothing back in
 * time; {@code timeout}: the caller's wait ran out while permits still turned over; {@code
 * interrupted}), and how many wait now.
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
  private final Counter admitted;
  private final Counter refused;
  private int free;
  private long lastRelease = System.nanoTime();

  /** For the CDI proxy only. */
  protected DatabaseGate() {
    this(1, STALLED, Metrics.none());
  }

  @Inject
  public DatabaseGate(AdmissionSettings settings, Metrics metrics) {
    this(settings.poolSize(), STALLED, metrics);
  }

  DatabaseGate(int permits, Duration stalled, Metrics metrics) {
    this.permits = permits;
    this.free = permits;
    this.stalledNanos = stalled.toNanos();
    this.admitted =
        metrics.counter("hms.admission.admitted", "API requests let in by the admission gate");
    this.refused =
        metrics
            .counter(
                "hms.admission.refused",
                "API requests refused by the admission gate (503 server-busy), by reason",
                "reason")
            .startingAtZero("stalled", "timeout", "interrupted");
    metrics.gauge(
        "hms.admission.waiting", "API requests waiting at the admission gate now", this::waiting);
  }

  /** How many callers wait for a permit now. */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * True with a permit the caller must {@link #release()}; false when the caller is refused, at the
   * latest at {@code waitUntil} ({@link System#nanoTime()}).
   */
  public boolean enter(long waitUntil) throws InterruptedException {
    try {
      Refusal refusal = tryEnter(waitUntil);
      if (refusal == null) {
        admitted.increment();
        return true;
      }
      refused.increment(refusal.label);
      return false;
    } catch (InterruptedException e) {
      refused.increment("interrupted");
      throw e;
    }
  }

  private enum Refusal {
    STALLED("stalled"),
    TIMEOUT("timeout");

    private final String label;

    Refusal(String label) {
      this.label = label;
    }
  }

  /** Null with a permit, else why not. */
  private Refusal tryEnter(long waitUntil) throws InterruptedException {
    lock.lock();
    try {
      if (free > 0 && queue.isEmpty()) {
        take();
        return null;
      }
      long now = System.nanoTime();
      if (now - lastRelease > stalledNanos) {
        return Refusal.STALLED;
      }
      Condition turn = lock.newCondition();
      queue.addLast(turn);
      try {
        while (true) {
          if (free > 0 && queue.peekFirst() == turn) {
            take();
            return null;
          }
          now = System.nanoTime();
          if (now - lastRelease > stalledNanos) {
            return Refusal.STALLED;
          }
          if (now >= waitUntil) {
            return Refusal.TIMEOUT;
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
