package hms.admission.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admission feature's settings. Its one key is the request pool's size ({@code db.pool.max},
 * which server.xml and WildFly's data source read as well): one permit per connection. A bad value
 * stops the start-up with a message naming the key (hms.health's {@code ApplicationStart} reads it
 * at start).
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
}
