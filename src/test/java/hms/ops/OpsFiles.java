package hms.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** docs/ops as the tests read it: the rules, the dashboard and the table of metrics. */
final class OpsFiles {
  static final Path README = Path.of("docs/ops/README.md");
  static final Path RULES = Path.of("docs/ops/prometheus/hms-rules.yaml");
  static final Path RULE_TESTS = Path.of("docs/ops/prometheus/hms-rules.test.yaml");
  static final Path DASHBOARD = Path.of("docs/ops/grafana/hms-server.json");

  /** A row of the README's table: {@code | `name` | type | labels | from |}. */
  private static final Pattern METRIC_ROW =
      Pattern.compile("^\\| `([a-zA-Z_:][a-zA-Z0-9_:]*)` \\|[^|]*\\|[^|]*\\| ([^|]+?) \\|$");

  private OpsFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object yaml(Path file) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
  }

  /** Every rule of every group, as written. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rules() {
    List<Map<String, Object>> rules = new ArrayList<>();
    Map<String, Object> file = (Map<String, Object>) yaml(RULES);
    for (Object group : (List<Object>) file.get("groups")) {
      rules.addAll((List<Map<String, Object>>) ((Map<String, Object>) group).get("rules"));
    }
    return rules;
  }

  /** The names the rules record ({@code record:}): Prometheus makes them, not the server. */
  static Set<String> recordedNames() {
    Set<String> names = new TreeSet<>();
    for (Map<String, Object> rule : rules()) {
      if (rule.containsKey("record")) {
        names.add((String) rule.get("record"));
      }
    }
    return names;
  }

  static JsonNode dashboard() {
    try {
      return new ObjectMapper().readTree(read(DASHBOARD));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every panel of the dashboard, those inside collapsed rows too, rows left out. */
  static List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard().path("panels")) {
      if ("row".equals(panel.path("type").asText())) {
        panel.path("panels").forEach(panels::add);
      } else {
        panels.add(panel);
      }
    }
    return panels;
  }

  /** Each query of the dashboard (panels' targets and query variables) by where it is. */
  static Map<String, String> dashboardQueries() {
    Map<String, String> queries = new LinkedHashMap<>();
    for (JsonNode panel : panels()) {
      for (JsonNode target : panel.path("targets")) {
        queries.put(
            "panel '" + panel.path("title").asText() + "' " + target.path("refId").asText(),
            target.path("expr").asText());
      }
    }
    for (JsonNode variable : dashboard().path("templating").path("list")) {
      if ("query".equals(variable.path("type").asText())) {
        JsonNode query = variable.path("query");
        queries.put(
            "variable " + variable.path("name").asText(),
            query.isObject() ? query.path("query").asText() : query.asText());
      }
    }
    return queries;
  }

  /** Each metric name the rules and the dashboard read, with where it is read. */
  static Map<String, Set<String>> namesRead() {
    Map<String, Set<String>> names = new java.util.TreeMap<>();
    for (Map<String, Object> rule : rules()) {
      String where = "rule " + rule.getOrDefault("alert", rule.get("record"));
      for (String name : PromQl.metricNames(String.valueOf(rule.get("expr")))) {
        names.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
      }
    }
    dashboardQueries()
        .forEach(
            (where, query) -> {
              Set<String> read =
                  where.startsWith("variable ")
                      ? PromQl.variableQueryMetricNames(query)
                      : PromQl.metricNames(query);
              for (String name : read) {
                names.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
              }
            });
    return names;
  }

  /** The README's table of metrics: name to where it comes from ("server (...)", ...). */
  static Map<String, String> documentedMetrics() {
    Map<String, String> metrics = new LinkedHashMap<>();
    for (String line : read(README).split("\n")) {
      Matcher row = METRIC_ROW.matcher(line.strip());
      if (row.matches()) {
        metrics.put(row.group(1), row.group(2));
      }
    }
    return metrics;
  }

  /** The documented metrics the server itself exports (not kube-state-metrics' or Prometheus'). */
  static Set<String> serverMetrics() {
    Set<String> names = new TreeSet<>();
    documentedMetrics()
        .forEach(
            (name, from) -> {
              if (from.startsWith("server")) {
                names.add(name);
              }
            });
    return names;
  }
}
