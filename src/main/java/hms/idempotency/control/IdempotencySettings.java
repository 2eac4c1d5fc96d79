package hms.idempotency.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotency feature's settings ({@code idempotency.*}). A bad value stops the start-up with a
 * message naming its key (read as the application starts).
 */
@Dependent
public class IdempotencySettings {
  static final String TTL_KEY = "idempotency.keys.ttl";
  static final String PURGE_KEY = "idempotency.purge.batch";
  static final int MAX_PURGE_BATCH = 1000;

  private final Duration ttl;
  private final boolean required;
  private final int purgeBatch;

  @Inject
  public IdempotencySettings(
      // How long an answer is kept for a repeat of its key (ISO-8601, at least a second).
      @ConfigProperty(name = TTL_KEY, defaultValue = "PT24H") Duration ttl,
      // True: a POST that creates a resource (documented 201) without a key is refused (400).
      @ConfigProperty(name = "idempotency.required", defaultValue = "false") boolean required,
      // Expired keys a writing request deletes from its hospital's (or the platform's) table.
      @ConfigProperty(name = PURGE_KEY, defaultValue = "20") int purgeBatch) {
    if (ttl.isNegative() || ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(TTL_KEY + " must be at least PT1S, not " + ttl);
    }
    if (purgeBatch < 1 || purgeBatch > MAX_PURGE_BATCH) {
      throw new IllegalArgumentException(
          PURGE_KEY + " must be between 1 and " + MAX_PURGE_BATCH + ", not " + purgeBatch);
    }
    this.ttl = ttl;
    this.required = required;
    this.purgeBatch = purgeBatch;
  }

  public Duration ttl() {
    return ttl;
  }

  public boolean required() {
    return required;
  }

  public int purgeBatch() {
    return purgeBatch;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      IdempotencySettings settings) {}
}
