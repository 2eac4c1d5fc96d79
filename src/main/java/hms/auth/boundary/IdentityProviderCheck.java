package hms.auth.boundary;

import hms.auth.control.JwksProbe;
import hms.health.boundary.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The user pool's signing keys can be fetched. */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {
  private final JwksProbe jwks;

  /** For the CDI proxy only. */
  protected IdentityProviderCheck() {
    this(null);
  }

  @Inject
  public IdentityProviderCheck(JwksProbe jwks) {
    this.jwks = jwks;
  }

  @Override
  public HealthCheckResponse call() {
    return Checks.of("identity-provider", jwks.jwksProblem());
  }
}
