package hms.ops;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * docs/ops/prometheus/hms-rules.yaml read as operators' tools will: every alert complete, every
 * metric it reads documented, every runbook link leading to a heading of docs/ops/README.md.
 */
class OpsRulesTest {
  private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

  /** Prometheus' naming of recorded series: level:metric:operations. */
  private static final Pattern RECORDED_NAME = Pattern.compile("hms:[a-z0-9_]+:[a-z0-9_]+");

  /** The issue's alerts: error rate, p99, readiness flapping, pool, admission, JWKS. */
  private static final Set<String> REQUIRED_ALERTS =
      Set.of(
          "HmsHighErrorRate",
          "HmsHighLatencyP99",
          "HmsReadinessFlapping",
          "HmsDbPoolExhausted",
          "HmsAdmissionRefusals",
          "HmsJwksRefreshFailing");

  @Test
  void everyAlertHasAnExpressionADurationASeverityAndItsAnnotations() {
    List<Executable> checks = new ArrayList<>();
    List<Map<String, Object>> alerts = alerts();
    assertFalse(alerts.isEmpty(), "no alert in " + OpsFiles.RULES);
    for (Map<String, Object> alert : alerts) {
      String name = String.valueOf(alert.get("alert"));
      Map<?, ?> labels = map(alert.get("labels"));
      Map<?, ?> annotations = map(alert.get("annotations"));
      checks.add(() -> assertNotBlank(alert.get("expr"), name + ": expr"));
      checks.add(
          () ->
              assertTrue(
                  String.valueOf(alert.get("for")).matches("\\d+[smh]"),
                  name + ": for is a duration, was " + alert.get("for")));
      checks.add(
          () ->
              assertTrue(
                  SEVERITIES.contains(labels.get("severity")),
                  name + ": labels.severity one of " + SEVERITIES + ", was " + labels));
      checks.add(() -> assertNotBlank(annotations.get("summary"), name + ": annotations.summary"));
      checks.add(
          () -> assertNotBlank(annotations.get("description"), name + ": annotations.description"));
      checks.add(
          () -> assertNotBlank(annotations.get("runbook_url"), name + ": annotations.runbook_url"));
    }
    assertAll(checks);
  }

  @Test
  void theIssuesAlertsAreThere() {
    Set<String> names = new TreeSet<>();
    alerts().forEach(alert -> names.add(String.valueOf(alert.get("alert"))));
    assertTrue(
        names.containsAll(REQUIRED_ALERTS), "missing: " + difference(REQUIRED_ALERTS, names));
  }

  @Test
  void everyRunbookLinkLeadsToAHeadingOfTheOpsReadme() {
    Set<String> anchors = headingAnchors(OpsFiles.read(OpsFiles.README));
    Map<String, String> broken = new TreeMap<>();
    for (Map<String, Object> alert : alerts()) {
      String url = String.valueOf(map(alert.get("annotations")).get("runbook_url"));
      String anchor = url.substring(url.indexOf('#') + 1);
      if (!url.startsWith(OpsFiles.README + "#") || !anchors.contains(anchor)) {
        broken.put(String.valueOf(alert.get("alert")), url);
      }
    }
    assertEquals(Map.of(), broken, "runbook_url without its heading in " + OpsFiles.README);
  }

  @Test
  void recordedSeriesAreNamedLevelMetricOperations() {
    for (String name : OpsFiles.recordedNames()) {
      assertTrue(RECORDED_NAME.matcher(name).matches(), name);
    }
  }

  @Test
  void everyMetricTheRulesAndTheDashboardReadIsDocumented() {
    Map<String, Set<String>> undocumented = new TreeMap<>(OpsFiles.namesRead());
    undocumented.keySet().removeAll(OpsFiles.documentedMetrics().keySet());
    undocumented.keySet().removeAll(OpsFiles.recordedNames());
    assertEquals(
        Map.of(),
        undocumented,
        "read but not in the table of " + OpsFiles.README + " (name: where it is read)");
  }

  @Test
  void theDocumentedMetricsAreRead() {
    Set<String> unread = new TreeSet<>(OpsFiles.documentedMetrics().keySet());
    unread.removeAll(OpsFiles.namesRead().keySet());
    assertEquals(Set.of(), unread, "documented in " + OpsFiles.README + " but read by nothing");
  }

  @Test
  void onlyKubeStateMetricsAndPrometheusOwnAreNotTheServers() {
    // OpsMetricsNamesIT looks for the server's metrics only: the others must be these.
    Set<String> notTheServers = new TreeSet<>(OpsFiles.namesRead().keySet());
    notTheServers.removeAll(OpsFiles.recordedNames());
    notTheServers.removeAll(OpsFiles.serverMetrics());
    assertEquals(Set.of("kube_pod_status_ready", "up"), notTheServers);
  }

  private static List<Map<String, Object>> alerts() {
    return OpsFiles.rules().stream().filter(rule -> rule.containsKey("alert")).toList();
  }

  /** GitHub's anchors of a Markdown document's headings. */
  static Set<String> headingAnchors(String markdown) {
    Set<String> anchors = new TreeSet<>();
    Matcher heading = Pattern.compile("(?m)^#{1,6} (.+)$").matcher(markdown);
    while (heading.find()) {
      anchors.add(
          heading
              .group(1)
              .strip()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9 _-]", "")
              .replace(' ', '-'));
    }
    return anchors;
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  private static void assertNotBlank(Object value, String what) {
    assertTrue(value != null && !String.valueOf(value).isBlank(), what + " is missing");
  }

  private static Set<String> difference(Set<String> all, Set<String> some) {
    Set<String> left = new TreeSet<>(all);
    left.removeAll(some);
    return left;
  }
}
