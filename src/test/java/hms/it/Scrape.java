package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of the server's metrics endpoint (Prometheus text), read into its samples. */
public final class Scrape {
  /** One sample: the series' name, its labels and its value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String text;
  private final List<Sample> samples;

  private Scrape(String text) {
    this.text = text;
    List<Sample> read = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher sample = LINE.matcher(line.strip());
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      Map<String, String> labels = new TreeMap<>();
      Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      read.add(new Sample(sample.group(1), labels, parse(sample.group(3))));
    }
    this.samples = List.copyOf(read);
  }

  /** The metrics endpoint's answer now (200, Prometheus text). */
  public static Scrape now() {
    Answer answer = Api.send(HttpRequest.newBuilder(URI.create(Api.stack("metrics.url"))).GET());
    assertEquals(200, answer.status(), answer.body());
    return new Scrape(answer.body());
  }

  /** The sum over the series of this name whose labels include these (0 when there is none). */
  public double sum(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value)
        .sum();
  }

  public double sum(String name) {
    return sum(name, Map.of());
  }

  public List<Sample> samples() {
    return samples;
  }

  /** Every series name exported. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }

  public String text() {
    return text;
  }

  private static double parse(String value) {
    return switch (value) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(value);
    };
  }
}
