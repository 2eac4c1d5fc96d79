package hms.health.boundary;

import hms.health.control.ApplicationStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** UP once the application has initialized. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {
  private final ApplicationStart start;

  /** For the CDI proxy only. */
  protected StartupCheck() {
    this(null);
  }

  @Inject
  public StartupCheck(ApplicationStart start) {
    this.start = start;
  }

  @Override
  public HealthCheckResponse call() {
    return Checks.started(start);
  }
}
