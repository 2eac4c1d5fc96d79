package hms.ops;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, found simply: identifiers that are not functions,
 * aggregations, keywords, label names or strings. Enough for the rules and the dashboard here, not
 * a PromQL parser (promtool checks the syntax).
 */
final class PromQl {
  private static final Pattern STRINGS =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|`[^`]*`");
  private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
  private static final Pattern LABEL_LISTS =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  // Not after a letter, digit or dot: the 'e3' of 1e3 is no name.
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![A-Za-z0-9_:.])[A-Za-z_:][A-Za-z0-9_:]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "offset",
          "inf",
          "nan",
          "atan2");

  private PromQl() {}

  /** The metric names the expression selects. */
  static Set<String> metricNames(String expression) {
    String text = STRINGS.matcher(expression).replaceAll(" ");
    text = GRAFANA_VARIABLES.matcher(text).replaceAll(" ");
    text = MATCHERS.matcher(text).replaceAll(" ");
    text = RANGES.matcher(text).replaceAll(" ");
    text = LABEL_LISTS.matcher(text).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      String name = identifier.group();
      if (!KEYWORDS.contains(name) && !calledAt(text, identifier.end())) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The metric a Grafana variable query reads: {@code label_values(metric{...}, label)} reads
   * {@code metric}, not {@code label}.
   */
  static Set<String> variableQueryMetricNames(String query) {
    Matcher labelValues =
        Pattern.compile("^\\s*label_values\\((.*),\\s*\\w+\\s*\\)\\s*$").matcher(query);
    return metricNames(labelValues.matches() ? labelValues.group(1) : query);
  }

  private static boolean calledAt(String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && text.charAt(next) == '(';
  }
}
