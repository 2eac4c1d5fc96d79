package hms.quota.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuotasTest {
  private final Quotas quotas =
      new Quotas(
          Policy.of("user", "quota.user", 3, Duration.ofMinutes(1)),
          Policy.of("tenant", "quota.tenant", 5, Duration.ofMinutes(1)));

  @Test
  void servesUpToTheUsersQuotaAndSaysWhatIsLeft() {
    Verdict first = quotas.take("ann", "st_marys");
    assertTrue(first.served());
    assertEquals("\"user\";q=3;w=60, \"tenant\";q=5;w=60", first.rateLimitPolicy());
    assertEquals("\"user\";r=2;t=20, \"tenant\";r=4;t=12", first.rateLimit());
    quotas.take("ann", "st_marys");
    quotas.take("ann", "st_marys");

    Verdict refused = quotas.take("ann", "st_marys");
    assertFalse(refused.served());
    assertEquals("user", refused.refusedBy().orElseThrow().name());
    assertEquals("\"user\";q=3;w=60", refused.rateLimitPolicy());
    assertTrue(refused.rateLimit().startsWith("\"user\";r=0;t="), refused.rateLimit());
    assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 20);
    assertTrue(quotas.take("bob", "st_marys").served(), "another user is unaffected");
  }

  @Test
  void theHospitalsQuotaIsSharedAndARefusalCostsTheUserNothing() {
    for (int i = 0; i < 5; i++) {
      assertTrue(quotas.take(i < 3 ? "ann" : "bob", "st_marys").served());
    }
    Verdict refused = quotas.take("cy", "st_marys");
    assertEquals("tenant", refused.refusedBy().orElseThrow().name());
    assertEquals("\"tenant\";q=5;w=60", refused.rateLimitPolicy());
    Verdict elsewhere = quotas.take("cy", "general");
    assertTrue(elsewhere.served(), "another hospital is unaffected");
    assertTrue(elsewhere.rateLimit().startsWith("\"user\";r=2;"), elsewhere.rateLimit());
  }

  @Test
  void refusesBadSettingsNamingTheKey() {
    var zero = assertThrows(IllegalArgumentException.class, () -> policy(0, "PT1S"));
    assertTrue(zero.getMessage().startsWith("quota.user.requests"), zero.getMessage());
    var fraction = assertThrows(IllegalArgumentException.class, () -> policy(1, "PT0.5S"));
    assertTrue(fraction.getMessage().startsWith("quota.user.window"), fraction.getMessage());
  }

  private static Policy policy(long requests, String window) {
    return Policy.of("user", "quota.user", requests, Duration.parse(window));
  }
}
