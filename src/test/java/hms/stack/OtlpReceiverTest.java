package hms.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtlpReceiverTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void keepsWhatAnExporterSendsAndAnswersItByTrace() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (AutoCloseable receiver = OtlpReceiver.serve(port, new OtlpReceiver(false))) {
      String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
      Span span =
          Span.newBuilder()
              .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex(trace)))
              .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex("00f067aa0ba902b7")))
              .setName("GET /api/patients/{id}")
              .setKind(Span.SpanKind.SPAN_KIND_SERVER)
              .setStartTimeUnixNano(1_000)
              .setEndTimeUnixNano(3_000_000)
              .addAttributes(
                  KeyValue.newBuilder()
                      .setKey("hms.tenant.id")
                      .setValue(AnyValue.newBuilder().setStringValue("trc_1")))
              .build();
      byte[] export =
          ExportTraceServiceRequest.newBuilder()
              .addResourceSpans(
                  ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
              .build()
              .toByteArray();

      HttpResponse<String> accepted =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/traces"))
                  .header("Content-Type", "application/x-protobuf")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(export))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> read =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports?from=0"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> later =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports?from=1"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, accepted.statusCode());
      assertEquals("1", read.headers().firstValue("X-Exports-Received").orElse(null));
      assertEquals("", later.body(), "nothing from the second export on");
      List<JsonObject> spans = OtlpSpans.read(Base64.getDecoder().decode(read.body().strip()));
      assertEquals(1, spans.size(), read.body());
      JsonObject kept = spans.get(0);
      assertEquals(trace, kept.getString("traceId"));
      assertEquals("SERVER", kept.getString("kind"));
      assertEquals("", kept.getString("parentSpanId"));
      assertEquals("trc_1", kept.getJsonObject("attributes").getString("hms.tenant.id"));
    }
  }
}
