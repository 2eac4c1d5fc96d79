package hms.health.boundary;

import hms.health.control.ApplicationStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes the start: WildFly registers a deployment's checks before the application has
 * initialized, and the dependencies alone would say UP while the platform schema is still being
 * migrated and no request is served yet. (One bean cannot be both: WildFly counts a check with
 * {@code @Startup} and {@code @Readiness} as a startup check only.)
 */
@Readiness
@ApplicationScoped
public class StartedCheck implements HealthCheck {
  private final ApplicationStart start;

  /** For the CDI proxy only. */
  protected StartedCheck() {
    this(null);
  }

  @Inject
  public StartedCheck(ApplicationStart start) {
    this.start = start;
  }

  @Override
  public HealthCheckResponse call() {
    return Checks.started(start);
  }
}
