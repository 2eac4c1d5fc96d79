package hms.health.control;

import hms.admission.control.AdmissionSettings;
import hms.auth.control.CognitoSettings;
import hms.files.control.FilesSettings;
import hms.tenancy.control.TenancySettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the application has initialized. Initializing includes reading every setting, so a
 * missing or invalid one fails the start-up loudly instead of the first request that needs it.
 */
@ApplicationScoped
public class ApplicationStart {
  private volatile boolean done;

  void onStart(
      // After the schema migrations, which observe the same event earlier.
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event,
      CognitoSettings cognito,
      FilesSettings files,
      TenancySettings tenancy,
      AdmissionSettings admission) {
    done = true;
  }

  public boolean done() {
    return done;
  }
}
