package hms.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** UP once the application's beans are initialized. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {
  private volatile boolean initialized;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    initialized = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("application").status(initialized).build();
  }
}
