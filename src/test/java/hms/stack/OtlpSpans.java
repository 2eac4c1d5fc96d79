package hms.stack;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The spans of one OTLP/HTTP trace export (protobuf), read with the protocol's own classes: as JSON
 * objects the tests assert on (ids in lower-case hex, the kind's and status' names, attributes as
 * text), or as one printed line each.
 */
public final class OtlpSpans {
  private OtlpSpans() {}

  public static List<JsonObject> read(byte[] export) throws IOException {
    List<JsonObject> spans = new ArrayList<>();
    for (ResourceSpans resource :
        ExportTraceServiceRequest.parseFrom(export).getResourceSpansList()) {
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        for (Span span : scope.getSpansList()) {
          spans.add(json(span, scope.getScope().getName()));
        }
      }
    }
    return spans;
  }

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

  /** The span on one line: trace, span and parent ids, kind, name, duration, attributes. */
  static String line(JsonObject span) {
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
