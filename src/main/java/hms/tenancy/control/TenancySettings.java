package hms.tenancy.control;

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
 * The tenancy feature's settings ({@code tenancy.*}). MicroProfile Config converts the values; the
 * constructor checks them, so a bad one stops the start-up with a message naming its key (read as
 * the application starts).
 */
@Dependent
public class TenancySettings {
  private final Duration accessCacheTtl;
  private final int factoriesMax;
  private final String jpaTargetServer;

  @Inject
  public TenancySettings(
      // How long a tenant check is reused before the database is asked again (ISO-8601).
      @ConfigProperty(name = "tenancy.access-cache.ttl", defaultValue = "PT30S")
          Duration accessCacheTtl,
      // How many tenants keep a factory (each a few hundred KB); the least recently used goes.
      @ConfigProperty(name = "tenancy.factories.max", defaultValue = "200") int factoriesMax,
      // EclipseLink's name for the server's JTA integration.
      @ConfigProperty(name = "tenancy.jpa.target-server", defaultValue = "WebSphere_Liberty")
          String jpaTargetServer) {
    if (accessCacheTtl.isNegative()) {
      throw new IllegalArgumentException(
          "tenancy.access-cache.ttl must not be negative, was " + accessCacheTtl);
    }
    if (factoriesMax < 1) {
      throw new IllegalArgumentException(
          "tenancy.factories.max must be at least 1, was " + factoriesMax);
    }
    if (jpaTargetServer.isBlank()) {
      throw new IllegalArgumentException("tenancy.jpa.target-server must not be blank");
    }
    this.accessCacheTtl = accessCacheTtl;
    this.factoriesMax = factoriesMax;
    this.jpaTargetServer = jpaTargetServer;
  }

  public Duration accessCacheTtl() {
    return accessCacheTtl;
  }

  public int factoriesMax() {
    return factoriesMax;
  }

  public String jpaTargetServer() {
    return jpaTargetServer;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      TenancySettings settings) {}
}
