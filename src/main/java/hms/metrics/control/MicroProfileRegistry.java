package hms.metrics.control;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.AnnotationLiteral;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * MicroProfile Metrics' application registry (Liberty's {@code mpMetrics-5.1}), which Liberty
 * serves at {@code /metrics} in Prometheus text. Loaded only where the API is present.
 */
final class MicroProfileRegistry implements Registry {
  static final String API = "org.eclipse.microprofile.metrics.MetricRegistry";

  private final MetricRegistry registry;

  private MicroProfileRegistry(MetricRegistry registry) {
    this.registry = registry;
  }

  /** The application's registry, when the server makes one a bean. */
  static Optional<Registry> lookup(Instance<Object> beans) {
    for (Instance<MetricRegistry> registry :
        List.of(
            beans.select(MetricRegistry.class),
            beans.select(MetricRegistry.class, new ApplicationScope()))) {
      if (registry.isResolvable()) {
        return Optional.of(new MicroProfileRegistry(registry.get()));
      }
    }
    return Optional.empty();
  }

  /** {@code @RegistryScope(scope = "application")}, the registry of the application's own. */
  @SuppressWarnings("all")
  private static final class ApplicationScope extends AnnotationLiteral<RegistryScope>
      implements RegistryScope {
    @Override
    public String scope() {
      return MetricRegistry.APPLICATION_SCOPE;
    }
  }

  @Override
  public Runnable counter(String name, String help, List<String> labels, List<String> values) {
    Tag[] tags = new Tag[labels.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = new Tag(labels.get(i), values.get(i));
    }
    return registry.counter(metadata(name, help), tags)::inc;
  }

  @Override
  public void gauge(String name, String help, Supplier<Number> value) {
    registry.gauge(metadata(name, help), () -> value.get().doubleValue());
  }

  private static Metadata metadata(String name, String help) {
    return Metadata.builder().withName(name).withDescription(help).build();
  }
}
