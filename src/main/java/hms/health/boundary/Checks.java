package hms.health.boundary;

import hms.health.control.ApplicationStart;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The shape of every check's answer: a name, UP or DOWN, and at most a short reason code. Features
 * with a dependency publish their own readiness check (auth: the identity provider, files: the
 * bucket) in this shape.
 */
public final class Checks {
  private Checks() {}

  public static HealthCheckResponse of(String name, Optional<String> problem) {
    return problem
        .map(reason -> HealthCheckResponse.named(name).down().withData("reason", reason).build())
        .orElseGet(() -> HealthCheckResponse.up(name));
  }

  /** The application's start: DOWN ("starting") until it has initialized. */
  static HealthCheckResponse started(ApplicationStart start) {
    return of("application", start.done() ? Optional.empty() : Optional.of("starting"));
  }
}
