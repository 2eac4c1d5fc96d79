package hms.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What reaches the registry: the series, their labels, and never a value that is no code. */
class MetricsTest {
  /** A registry that keeps what it is given: each series as name{labels} and its count. */
  private static final class Recorded implements Registry {
    final Map<String, Integer> counts = new TreeMap<>();
    final List<String> gauges = new ArrayList<>();

    @Override
    public Runnable counter(String name, String help, List<String> labels, List<String> values) {
      StringBuilder series = new StringBuilder(name).append('{');
      for (int i = 0; i < labels.size(); i++) {
        series.append(i == 0 ? "" : ",").append(labels.get(i)).append('=').append(values.get(i));
      }
      String key = series.append('}').toString();
      counts.putIfAbsent(key, 0);
      return () -> counts.merge(key, 1, Integer::sum);
    }

    @Override
    public void gauge(String name, String help, Supplier<Number> value) {
      gauges.add(name + "=" + value.get());
    }
  }

  private final Recorded registry = new Recorded();

  @Test
  void eachSetOfLabelValuesIsOneSeries() {
    Counter signIns = new Metrics(registry, 0).counter("hms.signins", "help", "outcome");
    signIns.increment("success");
    signIns.increment("success");
    signIns.increment("failure");
    assertEquals(
        Map.of("hms.signins{outcome=failure}", 1, "hms.signins{outcome=success}", 2),
        registry.counts);
  }

  @Test
  void seriesKnownUpFrontAreExportedAtZeroBeforeTheirFirstEvent() {
    Metrics metrics = new Metrics(registry, 0);
    metrics.counter("hms.tenant.factories.evicted", "help");
    metrics.counter("hms.jwks.refreshes", "help", "outcome").startingAtZero("success", "failure");
    assertEquals(
        Map.of(
            "hms.tenant.factories.evicted{}", 0,
            "hms.jwks.refreshes{outcome=failure}", 0,
            "hms.jwks.refreshes{outcome=success}", 0),
        registry.counts);
  }

  @Test
  void noTenantLabelUnlessTheOperatorAsksForOne() {
    Counter presigns = new Metrics(registry, 0).tenantCounter("hms.presigns", "help", "operation");
    presigns.incrementFor("hospital_a", "upload");
    assertEquals(Map.of("hms.presigns{operation=upload}", 1), registry.counts);
  }

  @Test
  void atMostTheConfiguredNumberOfHospitalsAreNamedTheRestAreOther() {
    Counter presigns = new Metrics(registry, 2).tenantCounter("hms.presigns", "help", "operation");
    for (String tenant : List.of("hospital_a", "hospital_b", "hospital_c", "hospital_a")) {
      presigns.incrementFor(tenant, "upload");
    }
    assertEquals(
        Map.of(
            "hms.presigns{operation=upload,tenant=hospital_a}", 2,
            "hms.presigns{operation=upload,tenant=hospital_b}", 1,
            "hms.presigns{operation=upload,tenant=other}", 1),
        registry.counts);
  }

  @Test
  void aValueThatIsNoCodeNeverBecomesALabel() {
    Counter problems = new Metrics(registry, 0).counter("hms.problems", "help", "type");
    for (String value : List.of("ada@example.org", "free text", "", "x".repeat(65))) {
      assertThrows(IllegalArgumentException.class, () -> problems.increment(value), value);
    }
    Counter presigns = new Metrics(registry, 5).tenantCounter("hms.presigns", "help", "operation");
    presigns.incrementFor("ada@example.org", "upload");
    assertEquals(Map.of("hms.presigns{operation=upload,tenant=other}", 1), registry.counts);
  }

  @Test
  void aCounterKeepsTheLabelsItWasDeclaredWith() {
    Metrics metrics = new Metrics(registry, 0);
    Counter first = metrics.counter("hms.signins", "help", "outcome");
    assertEquals(first, metrics.counter("hms.signins", "help", "outcome"));
    assertThrows(
        IllegalArgumentException.class, () -> metrics.counter("hms.signins", "help", "result"));
    assertThrows(IllegalArgumentException.class, () -> first.increment("success", "extra"));
  }

  @Test
  void aGaugeIsRegisteredOnce() {
    Metrics metrics = new Metrics(registry, 0);
    metrics.gauge("hms.admission.waiting", "help", () -> 3);
    metrics.gauge("hms.admission.waiting", "help", () -> 4);
    assertEquals(List.of("hms.admission.waiting=3"), registry.gauges);
  }

  @Test
  void withoutARegistryNothingIsRecordedAndNothingFails() {
    Metrics none = Metrics.none();
    none.counter("hms.signins", "help", "outcome").increment("success");
    none.gauge("hms.admission.waiting", "help", () -> 1);
    assertTrue(registry.counts.isEmpty());
    assertFalse(none.tenantLabel("hospital_a").equals("hospital_a"));
  }
}
