package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/ops/grafana/hms-server.json read as Grafana will import it. */
class DashboardTest {
  private static final String DATA_SOURCE = "${datasource}";
  private static final Pattern SELECTOR =
      Pattern.compile("(?<![A-Za-z0-9_:])([A-Za-z_:][A-Za-z0-9_:]*)\\{([^}]*)}");

  @Test
  void isADashboardWithItsVariables() {
    JsonNode dashboard = OpsFiles.dashboard();
    assertFalse(dashboard.path("uid").asText().isBlank(), "uid");
    assertFalse(dashboard.path("title").asText().isBlank(), "title");
    assertTrue(dashboard.path("schemaVersion").asInt() >= 36, "schemaVersion");
    Set<String> variables = new TreeSet<>();
    dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
    assertEquals(Set.of("datasource", "job", "instance"), variables);
  }

  @Test
  void everyPanelQueriesTheChosenDataSource() {
    List<JsonNode> panels = OpsFiles.panels();
    assertFalse(panels.isEmpty(), "no panel");
    for (JsonNode panel : panels) {
      String title = panel.path("title").asText();
      assertFalse(title.isBlank(), "a panel without a title: " + panel.path("id"));
      assertEquals(DATA_SOURCE, panel.path("datasource").path("uid").asText(), title);
      assertFalse(panel.path("targets").isEmpty(), title + ": no query");
      Set<String> refIds = new HashSet<>();
      for (JsonNode target : panel.path("targets")) {
        assertFalse(target.path("expr").asText().isBlank(), title + ": an empty query");
        assertTrue(refIds.add(target.path("refId").asText()), title + ": refId twice");
        assertEquals(DATA_SOURCE, target.path("datasource").path("uid").asText(), title);
      }
    }
  }

  @Test
  void panelsHaveTheirOwnIdsAndPlacesOnTheGrid() {
    Set<Integer> ids = new HashSet<>();
    List<int[]> boxes = new ArrayList<>();
    for (JsonNode panel : OpsFiles.dashboard().path("panels")) {
      assertTrue(ids.add(panel.path("id").asInt()), "id twice: " + panel.path("id"));
      JsonNode grid = panel.path("gridPos");
      int[] box = {
        grid.path("x").asInt(),
        grid.path("y").asInt(),
        grid.path("w").asInt(),
        grid.path("h").asInt()
      };
      String title = panel.path("title").asText();
      assertTrue(box[2] > 0 && box[3] > 0 && box[0] + box[2] <= 24, title + ": " + grid);
      for (int[] other : boxes) {
        boolean apart =
            box[0] + box[2] <= other[0]
                || other[0] + other[2] <= box[0]
                || box[1] + box[3] <= other[1]
                || other[1] + other[3] <= box[1];
        assertTrue(apart, title + " overlaps another panel");
      }
      boxes.add(box);
    }
  }

  @Test
  void everyQueryOfTheServersMetricsFollowsTheJobAndInstanceVariables() {
    Set<String> filtered = new TreeSet<>(OpsFiles.serverMetrics());
    filtered.addAll(OpsFiles.recordedNames());
    Map<String, String> unfiltered = new TreeMap<>();
    OpsFiles.dashboardQueries()
        .forEach(
            (where, query) -> {
              if (where.startsWith("variable ")) {
                return;
              }
              Set<String> selected = new TreeSet<>();
              Matcher selector = SELECTOR.matcher(query);
              while (selector.find()) {
                String matchers = selector.group(2);
                if (matchers.contains("job=\"$job\"")
                    && matchers.contains("instance=~\"$instance\"")) {
                  selected.add(selector.group(1));
                }
              }
              for (String name : PromQl.metricNames(query)) {
                if (filtered.contains(name) && !selected.contains(name)) {
                  unfiltered.put(where, name);
                }
              }
            });
    assertEquals(Map.of(), unfiltered, "without {job=\"$job\", instance=~\"$instance\"}");
  }

  @Test
  void everyMetricOfTheServerIsOnTheDashboard() {
    Set<String> shown = new TreeSet<>();
    OpsFiles.dashboardQueries().values().forEach(query -> shown.addAll(PromQl.metricNames(query)));
    // A recorded series shows the metrics its rule reads.
    for (Map<String, Object> rule : OpsFiles.rules()) {
      if (shown.contains(String.valueOf(rule.get("record")))) {
        shown.addAll(PromQl.metricNames(String.valueOf(rule.get("expr"))));
      }
    }
    Set<String> missing = new TreeSet<>(OpsFiles.serverMetrics());
    missing.removeAll(shown);
    assertEquals(Set.of(), missing, "exported but on no panel");
  }
}
