package hms.admission.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.metrics.control.Metrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DatabaseGateTest {
  private final DatabaseGate gate = new DatabaseGate(1, Duration.ofMillis(300), Metrics.none());

  @Test
  void aWaiterGetsThePermitThatIsGivenBack() throws Exception {
    assertTrue(gate.enter(inFiveSeconds()));
    CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(this::enterQuietly);
    Thread.sleep(50);
    assertFalse(waiter.isDone(), "waits while permits turn over");
    gate.release();
    assertTrue(waiter.get());
  }

  @Test
  void whenNoPermitCameBackForAWhileTheCallerIsRefusedAtOnce() throws Exception {
    assertTrue(gate.enter(inFiveSeconds()));
    Thread.sleep(400);
    CompletableFuture<Boolean> refused = CompletableFuture.supplyAsync(this::enterQuietly);
    // Refused without waiting: well before the 5 s wait could have ended.
    assertFalse(refused.get(2, java.util.concurrent.TimeUnit.SECONDS));
    gate.release();
    assertTrue(gate.enter(inFiveSeconds()), "admits again once permits come back");
  }

  @Test
  void aBurstAfterAQuietSpellWaitsItsTurn() throws Exception {
    // Nothing has come back for longer than the stall time because nothing went out.
    Thread.sleep(400);
    assertTrue(gate.enter(inFiveSeconds()));
    CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(this::enterQuietly);
    Thread.sleep(50);
    assertFalse(waiter.isDone(), "waits for the permit out since just now");
    gate.release();
    assertTrue(waiter.get(1, java.util.concurrent.TimeUnit.SECONDS));
  }

  @Test
  void aWaiterGivesUpAsSoonAsTheGateStalls() throws Exception {
    assertTrue(gate.enter(inFiveSeconds()));
    CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(this::enterQuietly);
    // Nothing comes back: the waiter is refused once 300 ms pass without a release, long before
    // its 5 s wait would end.
    assertFalse(waiter.get(2, java.util.concurrent.TimeUnit.SECONDS));
  }

  @Test
  void aWaiterGivesUpWhenItsDeadlineComesWhilePermitsStillTurnOver() throws Exception {
    DatabaseGate patient = new DatabaseGate(1, Duration.ofSeconds(30), Metrics.none());
    assertTrue(patient.enter(inFiveSeconds()));
    long waitUntil = System.nanoTime() + Duration.ofMillis(100).toNanos();
    CompletableFuture<Boolean> waiter =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return patient.enter(waitUntil);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    // Not stalled (30 s), yet refused at its own deadline: long before the 30 s.
    assertFalse(waiter.get(2, java.util.concurrent.TimeUnit.SECONDS));
    patient.release();
    assertTrue(patient.enter(inFiveSeconds()), "its turn was given up, the permit is free");
  }

  @Test
  void waitersAreServedInTheirOrder() throws Exception {
    assertTrue(gate.enter(inFiveSeconds()));
    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(this::enterQuietly);
    Thread.sleep(50);
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(this::enterQuietly);
    Thread.sleep(50);
    gate.release();
    assertTrue(first.get(1, java.util.concurrent.TimeUnit.SECONDS));
    assertFalse(second.isDone(), "the second waits for the next permit");
    gate.release();
    assertTrue(second.get(1, java.util.concurrent.TimeUnit.SECONDS));
  }

  private static long inFiveSeconds() {
    return System.nanoTime() + Duration.ofSeconds(5).toNanos();
  }

  private boolean enterQuietly() {
    try {
      return gate.enter(inFiveSeconds());
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
