package hms.idempotency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencySettingsTest {
  @Test
  void theDefaultsAreValid() {
    IdempotencySettings settings = new IdempotencySettings(Duration.ofHours(24), false, 20);
    assertEquals(Duration.ofHours(24), settings.ttl());
    assertEquals(20, settings.purgeBatch());
  }

  @Test
  void aBadValueNamesItsKey() {
    var ttl =
        assertThrows(
            IllegalArgumentException.class,
            () -> new IdempotencySettings(Duration.ofMillis(500), false, 20));
    assertTrue(ttl.getMessage().startsWith("idempotency.keys.ttl "), ttl.getMessage());
    var batch =
        assertThrows(
            IllegalArgumentException.class,
            () -> new IdempotencySettings(Duration.ofHours(1), false, 0));
    assertTrue(batch.getMessage().startsWith("idempotency.purge.batch "), batch.getMessage());
  }
}
