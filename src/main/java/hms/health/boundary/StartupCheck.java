package hms.health.boundary;

import hms.auth.control.CognitoSettings;
import hms.files.control.FilesSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * UP once the application is initialized. Initializing includes reading every setting, so a missing
 * or invalid one fails the start-up loudly instead of the first request that needs it.
 */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {
  private volatile boolean initialized;

  void onStart(
      // After the schema migrations, which observe the same event earlier.
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event,
      CognitoSettings cognito,
      FilesSettings files) {
    initialized = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("application").status(initialized).build();
  }
}
