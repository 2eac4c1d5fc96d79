package hms.ops;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names in a Prometheus text exposition (what a scrape of /metrics answers). */
final class Exposition {
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{| )");
  private static final Pattern TYPE =
      Pattern.compile("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\\w+)\\s*$");

  private Exposition() {}

  /**
   * The names of the samples, and of the series each TYPE line declares: a family declared without
   * a sample yet (a labelled counter nothing has counted) is exported all the same.
   */
  static Set<String> names(String exposition) {
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
          // OpenMetrics declares a counter without its _total.
          case "counter" -> names.add(family.endsWith("_total") ? family : family + "_total");
          default -> {}
        }
      } else if (!line.startsWith("#")) {
        Matcher sample = SAMPLE.matcher(line);
        if (sample.find()) {
          names.add(sample.group(1));
        }
      }
    }
    return names;
  }
}
