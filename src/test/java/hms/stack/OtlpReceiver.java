package hms.stack;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP/HTTP receiver (protobuf, {@code POST /v1/traces}), what a collector would be: the
 * server exports its spans here. It keeps the last spans in memory, where the tests read a trace
 * ({@code GET /traces/<trace id>}: its spans as a JSON array), and can print each span on one line
 * (the local stack's {@code STACK_TRACES=print}).
 */
final class OtlpReceiver {
  /** The most spans kept; older ones are dropped first. */
  private static final int KEPT = 50_000;

  private final boolean print;
  private final Deque<JsonObject> spans = new ArrayDeque<>();

  OtlpReceiver(boolean print) {
    this.print = print;
    warmUp();
    trace("");
  }

  /**
   * Reads one export of every kind of value now: the tests' stack starts from {@code exec:java},
   * whose class loader is closed once the start returns, so a class first needed by a later export
   * could no longer be loaded.
   */
  private static void warmUp() {
    KeyValue.Builder[] values = {
      KeyValue.newBuilder().setKey("s").setValue(AnyValue.newBuilder().setStringValue("s")),
      KeyValue.newBuilder().setKey("b").setValue(AnyValue.newBuilder().setBoolValue(true)),
      KeyValue.newBuilder().setKey("i").setValue(AnyValue.newBuilder().setIntValue(1)),
      KeyValue.newBuilder().setKey("d").setValue(AnyValue.newBuilder().setDoubleValue(1.5)),
      KeyValue.newBuilder()
          .setKey("y")
          .setValue(AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("y"))),
      KeyValue.newBuilder()
          .setKey("a")
          .setValue(
              AnyValue.newBuilder()
                  .setArrayValue(
                      io.opentelemetry.proto.common.v1.ArrayValue.newBuilder()
                          .addValues(AnyValue.newBuilder().setStringValue("a"))))
    };
    Span.Builder span =
        Span.newBuilder()
            .setTraceId(ByteString.copyFrom(new byte[16]))
            .setSpanId(ByteString.copyFrom(new byte[8]))
            .setParentSpanId(ByteString.copyFrom(new byte[8]))
            .setName("warm-up")
            .setKind(Span.SpanKind.SPAN_KIND_SERVER)
            .setStatus(
                io.opentelemetry.proto.trace.v1.Status.newBuilder()
                    .setCode(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR))
            .addEvents(Span.Event.newBuilder().setName("e"))
            .addLinks(Span.Link.newBuilder().setTraceId(ByteString.copyFrom(new byte[16])));
    for (KeyValue.Builder value : values) {
      span.addAttributes(value);
    }
    try {
      ExportTraceServiceRequest request =
          ExportTraceServiceRequest.parseFrom(
              ExportTraceServiceRequest.newBuilder()
                  .addResourceSpans(
                      ResourceSpans.newBuilder()
                          .setResource(
                              io.opentelemetry.proto.resource.v1.Resource.newBuilder()
                                  .addAttributes(values[0]))
                          .addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
                  .build()
                  .toByteArray());
      JsonObject json = json(request.getResourceSpans(0).getScopeSpans(0).getSpans(0), "warm-up");
      line(json);
      Json.createArrayBuilder().add(json).build().toString();
      ExportTraceServiceResponse.getDefaultInstance().toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Receives on a server of its own, on the loopback address. */
  static AutoCloseable serve(int port, OtlpReceiver receiver) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    receiver.mount(server);
    Thread starter = new Thread(server::start, "otlp-receiver");
    starter.setDaemon(true);
    starter.start();
    return () -> server.stop(0);
  }

  /** Adds the receiver's two paths to a server. */
  void mount(HttpServer server) {
    // Made now, not at the first request, for the same reason as the warm-up.
    server.createContext("/v1/traces", new Guarded(this::receive));
    server.createContext("/traces/", new Guarded(this::trace));
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A failure is answered 500 and printed: the server's exporter only logs that it failed. */
  private record Guarded(Handler handler) implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) {
      try (exchange) {
        handler.handle(exchange);
      } catch (Throwable e) {
        System.err.println("[stack] OTLP receiver: " + e);
        e.printStackTrace();
        try {
          exchange.sendResponseHeaders(500, -1);
        } catch (IOException | RuntimeException ignored) {
          // The answer had begun.
        }
      }
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(405, -1);
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
    for (ResourceSpans resource : request.getResourceSpansList()) {
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        for (Span span : scope.getSpansList()) {
          keep(json(span, scope.getScope().getName()));
        }
      }
    }
    byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
    if (answer.length > 0) {
      exchange.getResponseBody().write(answer);
    }
  }

  private void trace(HttpExchange exchange) throws IOException {
    String traceId = exchange.getRequestURI().getPath().substring("/traces/".length());
    byte[] body = trace(traceId).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The trace's spans kept, as a JSON array. */
  private String trace(String traceId) {
    JsonArrayBuilder found = Json.createArrayBuilder();
    synchronized (spans) {
      spans.stream().filter(s -> s.getString("traceId").equals(traceId)).forEach(found::add);
    }
    return found.build().toString();
  }

  private void keep(JsonObject span) {
    synchronized (spans) {
      spans.addLast(span);
      if (spans.size() > KEPT) {
        spans.removeFirst();
      }
    }
    if (print) {
      System.out.println("[trace] " + line(span));
    }
  }

  /** One span as the tests read it: ids in lower-case hex, the kind's name, attributes as text. */
  static JsonObject json(Span span, String scope) {
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    for (KeyValue attribute : span.getAttributesList()) {
      attributes.add(attribute.getKey(), text(attribute.getValue()));
    }
    return Json.createObjectBuilder()
        .add("traceId", hex(span.getTraceId()))
        .add("spanId", hex(span.getSpanId()))
        .add("parentSpanId", hex(span.getParentSpanId()))
        .add("name", span.getName())
        .add("kind", span.getKind().name().replace("SPAN_KIND_", ""))
        .add("scope", scope)
        .add("durationNanos", span.getEndTimeUnixNano() - span.getStartTimeUnixNano())
        .add("status", span.getStatus().getCode().name().replace("STATUS_CODE_", ""))
        .add("attributes", attributes)
        .build();
  }

  private static String line(JsonObject span) {
    return String.format(
        Locale.ROOT,
        "%s %s<-%s %s %s %.1f ms %s",
        span.getString("traceId"),
        span.getString("spanId"),
        span.getString("parentSpanId").isEmpty() ? "root" : span.getString("parentSpanId"),
        span.getString("kind"),
        span.getString("name"),
        span.getJsonNumber("durationNanos").longValue() / 1e6,
        span.getJsonObject("attributes"));
  }

  private static String hex(ByteString bytes) {
    return HexFormat.of().formatHex(bytes.toByteArray());
  }

  private static String text(AnyValue value) {
    return switch (value.getValueCase()) {
      case STRING_VALUE -> value.getStringValue();
      case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
      case INT_VALUE -> Long.toString(value.getIntValue());
      case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
      case BYTES_VALUE -> hex(value.getBytesValue());
      default -> value.toString();
    };
  }
}
