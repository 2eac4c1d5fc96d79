package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric the alert rules and the dashboard (docs/ops) read is one the server exports: a
 * renamed metric would otherwise leave an alert that never fires and an empty panel. Scrapes the
 * path the ServiceMonitor scrapes.
 */
class OpsMetricsNamesIT {
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{| )");
  private static final Pattern TYPE = Pattern.compile("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\\w+)$");

  @Test
  void everyMetricTheRulesAndTheDashboardReadIsExported() {
    // Traffic first, so that metrics made on first use exist: a probe, an API call refused for
    // want of a token (a problem answer), the contract.
    Api.get("/health/ready");
    Api.get("/api/patients");
    Api.get("/openapi");

    Answer scrape = Api.get(metricsPath());
    assertEquals(200, scrape.status(), scrape.body());
    Set<String> exported = exportedNames(scrape.body());

    Map<String, Set<String>> missing = new TreeMap<>(OpsFiles.namesRead());
    missing.keySet().removeAll(OpsFiles.recordedNames());
    missing.keySet().retainAll(OpsFiles.serverMetrics());
    missing.keySet().removeAll(exported);
    assertEquals(
        Map.of(),
        missing,
        "read by the rules or the dashboard but not exported at "
            + metricsPath()
            + " (name: where it is read)");
  }

  @Test
  void onlyOtherExportersMetricsAreLeftToThem() {
    // What this test does not look for must be another exporter's, as docs/ops/README.md says.
    Set<String> notTheServers = new TreeSet<>(OpsFiles.namesRead().keySet());
    notTheServers.removeAll(OpsFiles.recordedNames());
    notTheServers.removeAll(OpsFiles.serverMetrics());
    assertEquals(Set.of("kube_pod_status_ready", "up"), notTheServers);
  }

  /** The sample names of a Prometheus text exposition, and the series its TYPE lines declare. */
  static Set<String> exportedNames(String exposition) {
    Set<String> names = new TreeSet<>();
    for (String line : exposition.split("\n")) {
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        String family = type.group(1);
        names.add(family);
        switch (type.group(2)) {
          case "histogram" ->
              names.addAll(Set.of(family + "_bucket", family + "_count", family + "_sum"));
          case "summary" -> names.addAll(Set.of(family + "_count", family + "_sum"));
          case "counter" -> names.add(family.endsWith("_total") ? family : family + "_total");
          default -> {}
        }
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!line.startsWith("#") && sample.find()) {
        names.add(sample.group(1));
      }
    }
    assertTrue(!names.isEmpty(), "no metric in:\n" + exposition);
    return names;
  }

  private static String metricsPath() {
    var endpoints =
        Manifests.list(Manifests.at(Manifests.one("ServiceMonitor"), "spec").get("endpoints"));
    return String.valueOf(Manifests.map(endpoints.get(0)).get("path"));
  }
}
