package hms.quota.control;

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
 * The quota feature's settings ({@code quota.*}): for each policy, how many requests per window. A
 * bad value stops the start-up with a message naming its key (read as the application starts).
 */
@Dependent
public class QuotaSettings {
  private final boolean enabled;
  private final Policy user;
  private final Policy tenant;

  @Inject
  public QuotaSettings(
      // Off: no quota, no RateLimit headers.
      @ConfigProperty(name = "quota.enabled", defaultValue = "true") boolean enabled,
      // Requests one user may send to /api per window, on this node.
      @ConfigProperty(name = "quota.user.requests", defaultValue = "6000") long userRequests,
      // The user's window (ISO-8601, whole seconds); the quota refills evenly across it.
      @ConfigProperty(name = "quota.user.window", defaultValue = "PT1S") Duration userWindow,
      // Requests all members of one hospital together may send per window, on this node.
      @ConfigProperty(name = "quota.tenant.requests", defaultValue = "12000") long tenantRequests,
      // The hospital's window (ISO-8601, whole seconds).
      @ConfigProperty(name = "quota.tenant.window", defaultValue = "PT1S") Duration tenantWindow) {
    this.enabled = enabled;
    this.user = Policy.of("user", "quota.user", userRequests, userWindow);
    this.tenant = Policy.of("tenant", "quota.tenant", tenantRequests, tenantWindow);
  }

  public boolean enabled() {
    return enabled;
  }

  public Policy user() {
    return user;
  }

  public Policy tenant() {
    return tenant;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      QuotaSettings settings) {}
}
