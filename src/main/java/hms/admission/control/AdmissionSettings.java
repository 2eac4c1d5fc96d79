package hms.admission.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admission feature's settings. Its one key is the request pool's size ({@code db.pool.max},
 * which server.xml and WildFly's data source read as well): one permit per connection. A bad value
 * stops the start-up with a message naming the key.
 */
@Dependent
public class AdmissionSettings {
  private final int poolSize;

  @Inject
  public AdmissionSettings(
      // Most pooled connections for requests, and so how many /api requests work at once.
      @ConfigProperty(name = "db.pool.max", defaultValue = "20") int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("db.pool.max must be at least 1, was " + poolSize);
    }
    this.poolSize = poolSize;
  }

  public int poolSize() {
    return poolSize;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      AdmissionSettings settings) {}
}
