package hms.audit.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit feature's settings ({@code audit.*}). A bad value stops the start-up with a message
 * naming its key (read as the application starts).
 */
@Dependent
public class AuditSettings {
  private final int exportMaxRows;

  @Inject
  public AuditSettings(
      // The most events one CSV export holds; a larger selection is refused, never cut.
      @ConfigProperty(name = "audit.export.max-rows", defaultValue = "10000") int exportMaxRows) {
    if (exportMaxRows < 1 || exportMaxRows > 1_000_000) {
      throw new IllegalArgumentException(
          "audit.export.max-rows must be between 1 and 1000000, was " + exportMaxRows);
    }
    this.exportMaxRows = exportMaxRows;
  }

  public int exportMaxRows() {
    return exportMaxRows;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      AuditSettings settings) {}
}
