package hms.metrics.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A Micrometer registry: WildFly's micrometer subsystem gives each deployment one, and serves it in
 * Prometheus text with its {@code prometheus} registry (docs/deploy.md, "WildFly"). Loaded only
 * where Micrometer is present. Through the registry's short methods only ({@code counter(name,
 * tags)}, {@code gauge(...)}): WildFly's deployment registry passes those on to the registry it
 * serves, while meters built with {@code Counter.builder(...).register(registry)} stay in the
 * deployment's own, which nothing exports (seen on WildFly 39). So no help texts there.
 */
final class MicrometerRegistry implements Registry {
  static final String API = "io.micrometer.core.instrument.MeterRegistry";

  private final MeterRegistry registry;
  private final List<Supplier<Number>> held = new CopyOnWriteArrayList<>();

  private MicrometerRegistry(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The deployment's registry, when the server makes one a bean. */
  static Optional<Registry> lookup(Instance<Object> beans) {
    Instance<MeterRegistry> registry = beans.select(MeterRegistry.class);
    return registry.isResolvable()
        ? Optional.of(new MicrometerRegistry(registry.get()))
        : Optional.empty();
  }

  @Override
  public Runnable counter(String name, String help, List<String> labels, List<String> values) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      tags.add(Tag.of(labels.get(i), values.get(i)));
    }
    return registry.counter(name, tags)::increment;
  }

  @Override
  public void gauge(String name, String help, Supplier<Number> value) {
    // The registry holds the gauge's object weakly: kept here for as long as the registry lives.
    held.add(value);
    registry.gauge(name, List.of(), value, v -> v.get().doubleValue());
  }
}
