package hms.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DeadlineTimeoutsTest {
  private static OptionalLong left(Duration d) {
    return OptionalLong.of(d.toNanos());
  }

  @Test
  void aQueryGetsWhatIsLeftOfTheRequestsBudget() {
    assertEquals(1200, DeadlineTimeouts.millis(left(Duration.ofMillis(1200))));
  }

  @Test
  void neverMoreThanTheDataSourcesSocketTimeout() {
    assertEquals(3000, DeadlineTimeouts.millis(left(Duration.ofMillis(4400))));
  }

  @Test
  void aSpentBudgetFailsTheNextReadAtOnce() {
    // 0 would mean no timeout at all.
    assertEquals(1, DeadlineTimeouts.millis(left(Duration.ofMillis(-250))));
    assertEquals(1, DeadlineTimeouts.millis(left(Duration.ofNanos(400_000))));
  }

  @Test
  void outsideARequestTheSocketTimeoutApplies() {
    assertEquals(3000, DeadlineTimeouts.millis(OptionalLong.empty()));
  }

  @Test
  void theBudgetBelongsToTheRequestOnThisThread() {
    assertTrue(RequestDeadline.remainingNanos().isEmpty());
    long deadline = RequestDeadline.begin();
    try {
      long left = RequestDeadline.remainingNanos().orElseThrow();
      assertTrue(left > 0 && left <= RequestDeadline.BUDGET.toNanos(), "left: " + left);
      assertTrue(deadline - System.nanoTime() <= RequestDeadline.BUDGET.toNanos());
    } finally {
      RequestDeadline.end();
    }
    assertTrue(RequestDeadline.remainingNanos().isEmpty(), "cleared for the thread's next task");
  }
}
