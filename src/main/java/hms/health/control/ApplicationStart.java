package hms.health.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the application has initialized: after the schema migrations and every feature's
 * settings, which observe the same event earlier (a missing or invalid setting fails the start-up
 * loudly instead of the first request that needs it).
 */
@ApplicationScoped
public class ApplicationStart {
  private volatile boolean done;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event) {
    done = true;
  }

  public boolean done() {
    return done;
  }
}
