package hms.metrics.control;

import java.util.List;
import java.util.function.Supplier;

/**
 * The server's metrics registry, as {@link Metrics} needs it: a counter per set of label values,
 * and gauges. One per kind of server: MicroProfile Metrics (Liberty), Micrometer (WildFly's
 * micrometer subsystem), or none.
 */
interface Registry {
  /** What counts one event on the counter with these labels; created on first use. */
  Runnable counter(String name, String help, List<String> labels, List<String> values);

  void gauge(String name, String help, Supplier<Number> value);

  /** No registry: every event is dropped, nothing is exported. */
  Registry NONE =
      new Registry() {
        @Override
        public Runnable counter(
            String name, String help, List<String> labels, List<String> values) {
          return () -> {};
        }

        @Override
        public void gauge(String name, String help, Supplier<Number> value) {}
      };
}
