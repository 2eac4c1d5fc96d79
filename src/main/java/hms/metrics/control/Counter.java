package hms.metrics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A counter of {@link Metrics}, with its label names fixed where it is declared; each set of label
 * values is one series, registered when it first occurs.
 */
public final class Counter {
  private final Metrics metrics;
  private final String name;
  private final String help;
  private final List<String> labels;
  private final boolean perTenant;
  private final Map<List<String>, Runnable> series = new ConcurrentHashMap<>();

  Counter(Metrics metrics, String name, String help, List<String> labels, boolean perTenant) {
    this.metrics = metrics;
    this.name = name;
    this.help = help;
    this.labels = labels;
    this.perTenant = perTenant;
  }

  List<String> labels() {
    return labels;
  }

  /**
   * Exports the series of these values of the counter's one label at 0 now, before their first
   * event, so that dashboards and alert rules find every series they name from the start (a counter
   * without labels is exported at 0 from its declaration). Not for a counter per tenant: its series
   * appear with their first event.
   */
  public Counter startingAtZero(String... values) {
    if (perTenant) {
      return this;
    }
    if (values.length > 0 && labels.size() != 1) {
      throw new IllegalArgumentException(name + " takes the labels " + labels);
    }
    for (String value : values) {
      exportAtZero(List.of(value));
    }
    return this;
  }

  void exportAtZero(List<String> values) {
    series.computeIfAbsent(values, v -> metrics.register(name, help, labels, v));
  }

  /** Counts one event with these label values, in the order of the label names. */
  public void increment(String... values) {
    add(List.of(values));
  }

  /**
   * Counts one event of the hospital: its id is the tenant label only where the counter is per
   * tenant and the operator enabled it ({@link Metrics}); otherwise as {@link #increment}.
   */
  public void incrementFor(String tenant, String... values) {
    if (!perTenant) {
      add(List.of(values));
      return;
    }
    List<String> all = new ArrayList<>(List.of(values));
    all.add(metrics.tenantLabel(tenant));
    add(all);
  }

  private void add(List<String> values) {
    if (values.size() != labels.size()) {
      throw new IllegalArgumentException(name + " takes the labels " + labels);
    }
    series.computeIfAbsent(values, v -> metrics.register(name, help, labels, v)).run();
  }
}
