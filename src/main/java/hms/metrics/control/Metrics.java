package hms.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's own metrics, the one way feature code records them: counters with fixed label
 * names, and gauges. Names are dotted ({@code hms.signins}); the server's Prometheus text writes
 * them with underscores and a counter with {@code _total} (docs/ops/metrics.md lists every name as
 * scraped). The registry is the server's: MicroProfile Metrics where it is (Liberty), else
 * Micrometer (WildFly's micrometer subsystem), else none, when everything recorded is dropped.
 *
 * <p>Label values are short codes the code chooses (an outcome, a problem's slug, a status): a
 * value that is not one ({@link #VALUE}, so never an e-mail or free text) is refused. A hospital's
 * id is a label only on the counters declared per tenant, and only when the operator sets {@code
 * metrics.tenant-label.max} above 0: the first that many hospitals seen by this node are named,
 * every later one is {@code other}, which bounds the series to that many plus one per label set.
 */
@ApplicationScoped
public class Metrics {
  static final String TENANT = "tenant";
  static final String OTHER = "other";
  static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Logger LOG = Logger.getLogger(Metrics.class.getName());

  private final Registry registry;
  private final int tenantsNamed;
  private final Set<String> named = ConcurrentHashMap.newKeySet();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Set<String> gauges = ConcurrentHashMap.newKeySet();

  /** For the CDI proxy only. */
  protected Metrics() {
    this(Registry.NONE, 0);
  }

  @Inject
  public Metrics(
      Instance<Object> beans,
      // How many hospitals this node names in the tenant label of per-tenant counters; 0: none,
      // no tenant label at all.
      @ConfigProperty(name = "metrics.tenant-label.max", defaultValue = "0") int tenantsNamed) {
    this(registry(beans), tenantsNamed);
  }

  Metrics(Registry registry, int tenantsNamed) {
    if (tenantsNamed < 0) {
      throw new IllegalArgumentException(
          "metrics.tenant-label.max must be 0 or more, was " + tenantsNamed);
    }
    this.registry = registry;
    this.tenantsNamed = tenantsNamed;
  }

  /** Metrics that record nothing: for code run outside a server (unit tests). */
  public static Metrics none() {
    return new Metrics(Registry.NONE, 0);
  }

  /** The counter of this name, with these label names (the same ones on every call). */
  public Counter counter(String name, String help, String... labels) {
    return counter(name, help, false, labels);
  }

  /**
   * A counter whose events may name the hospital: with {@code metrics.tenant-label.max} above 0 it
   * has a {@code tenant} label after the others ({@link Counter#incrementFor}).
   */
  public Counter tenantCounter(String name, String help, String... labels) {
    return counter(name, help, true, labels);
  }

  /** A value read when the metrics are scraped; registered once per name. */
  public void gauge(String name, String help, Supplier<Number> value) {
    if (gauges.add(name)) {
      registry.gauge(name, help, value);
    }
  }

  private Counter counter(String name, String help, boolean perTenant, String... labels) {
    boolean named = perTenant && tenantsNamed > 0;
    List<String> names = new ArrayList<>(List.of(labels));
    if (named) {
      names.add(TENANT);
    }
    Counter counter =
        counters.computeIfAbsent(name, n -> new Counter(this, n, help, List.copyOf(names), named));
    if (!counter.labels().equals(names)) {
      throw new IllegalArgumentException(name + " has the labels " + counter.labels());
    }
    if (names.isEmpty()) {
      counter.exportAtZero(List.of());
    }
    return counter;
  }

  Runnable register(String name, String help, List<String> labels, List<String> values) {
    for (String value : values) {
      if (!VALUE.matcher(value).matches()) {
        throw new IllegalArgumentException(
            name + ": not a label value: " + value.length() + " chars");
      }
    }
    return registry.counter(name, help, labels, values);
  }

  /** The tenant label's value for the hospital: its id while few enough are named, else other. */
  String tenantLabel(String tenant) {
    if (tenant == null) {
      return OTHER;
    }
    if (named.contains(tenant)) {
      return tenant;
    }
    synchronized (named) {
      if (named.size() < tenantsNamed && VALUE.matcher(tenant).matches()) {
        named.add(tenant);
        return tenant;
      }
    }
    return named.contains(tenant) ? tenant : OTHER;
  }

  /** The server's registry: MicroProfile Metrics, Micrometer, or none; said once in the log. */
  private static Registry registry(Instance<Object> beans) {
    Optional<Registry> found = Optional.empty();
    String kind = "none (metrics are off)";
    if (present(MicroProfileRegistry.API)) {
      found = MicroProfileRegistry.lookup(beans);
      kind = "MicroProfile Metrics";
    }
    if (found.isEmpty() && present(MicrometerRegistry.API)) {
      found = MicrometerRegistry.lookup(beans);
      kind = "Micrometer";
    }
    if (found.isEmpty()) {
      kind = "none (metrics are off)";
    }
    LOG.info("Application metrics: " + kind);
    return found.orElse(Registry.NONE);
  }

  /** Whether the server gives the application this API (its classes are then loadable). */
  private static boolean present(String type) {
    try {
      Class.forName(type, false, Metrics.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
