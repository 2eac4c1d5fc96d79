package hms.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.stack.OtlpSpans;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The spans the stack's OTLP receiver got from the server, and W3C trace context to send. */
final class Traces {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Traces() {}

  /** A caller's trace: a fresh trace id and the caller's own span, sampled. */
  record Parent(String traceId, String spanId) {
    static Parent fresh() {
      return new Parent(hex(16), hex(8));
    }

    String traceparent() {
      return "00-" + traceId + "-" + spanId + "-01";
    }
  }

  /** How many exports the stack's receiver has got: a request sent after this is in later ones. */
  static long mark() {
    return Long.parseLong(exports(Long.MAX_VALUE).header("X-Exports-Received").orElseThrow());
  }

  /** The trace's spans, from the exports after the mark, once they satisfy the condition. */
  static List<JsonObject> await(String traceId, long mark, Predicate<List<JsonObject>> complete)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<JsonObject> spans = List.of();
    while (Instant.now().isBefore(deadline)) {
      spans = spans(traceId, mark);
      if (complete.test(spans)) {
        return spans;
      }
      Thread.sleep(200);
    }
    assertTrue(complete.test(spans), "the trace never completed: " + spans);
    return spans;
  }

  private static List<JsonObject> spans(String traceId, long mark) {
    List<JsonObject> spans = new ArrayList<>();
    for (String line : exports(mark).body().lines().toList()) {
      try {
        OtlpSpans.read(Base64.getDecoder().decode(line)).stream()
            .filter(span -> span.getString("traceId").equals(traceId))
            .forEach(spans::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return spans;
  }

  private static Answer exports(long from) {
    return Api.send(
        HttpRequest.newBuilder(URI.create(Api.stack("traces.url") + "?from=" + from))
            .timeout(Duration.ofSeconds(10)));
  }

  static Optional<JsonObject> server(List<JsonObject> spans) {
    return spans.stream().filter(s -> s.getString("kind").equals("SERVER")).findFirst();
  }

  static String attribute(JsonObject span, String key) {
    return span.getJsonObject("attributes").getString(key, null);
  }

  /** Whether the span descends from the ancestor within the trace. */
  static boolean descends(JsonObject span, JsonObject ancestor, List<JsonObject> spans) {
    String parent = span.getString("parentSpanId");
    for (int depth = 0; depth < 20 && !parent.isEmpty(); depth++) {
      if (parent.equals(ancestor.getString("spanId"))) {
        return true;
      }
      String up = parent;
      parent =
          spans.stream()
              .filter(s -> s.getString("spanId").equals(up))
              .map(s -> s.getString("parentSpanId"))
              .findFirst()
              .orElse("");
    }
    return false;
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
