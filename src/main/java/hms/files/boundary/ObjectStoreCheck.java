package hms.files.boundary;

import hms.files.control.S3ObjectStore;
import hms.health.boundary.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The files bucket answers. */
@Readiness
@ApplicationScoped
public class ObjectStoreCheck implements HealthCheck {
  private final S3ObjectStore store;

  /** For the CDI proxy only. */
  protected ObjectStoreCheck() {
    this(null);
  }

  @Inject
  public ObjectStoreCheck(S3ObjectStore store) {
    this.store = store;
  }

  @Override
  public HealthCheckResponse call() {
    return Checks.of("object-store", store.bucketProblem());
  }
}
