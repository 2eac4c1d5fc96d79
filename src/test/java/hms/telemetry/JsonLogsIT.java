package hms.telemetry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Liberty's messages.log is JSON, one object per line, and every line the application writes during
 * a request carries the request's id, trace id and span id (Liberty's {@code ext_*} fields from
 * hms.telemetry's log context); no line holds what the client sent or a token.
 */
class JsonLogsIT {
  @Test
  void aRequestsLogLinesCarryItsIdsAndNoneOfItsValues() throws IOException, InterruptedException {
    Hospital h = Tenants.create("jlg");
    Users.Session stranger = Users.signedIn("jlg-stranger");
    String given = "Wenzeslava" + UUID.randomUUID().toString().substring(0, 6);
    String family = "Oberholzer" + UUID.randomUUID().toString().substring(0, 6);
    String body = Patients.body(given, family).build().toString();
    Traces.Parent caller = Traces.Parent.fresh();
    String requestId = "jlg-" + UUID.randomUUID();

    // A stranger's attempt on the hospital: refused, and logged by tenancy (a warning).
    Answer refused =
        Tenants.send(
            stranger,
            h.id(),
            "POST",
            "/api/patients",
            body,
            Map.of("traceparent", caller.traceparent(), "X-Request-ID", requestId));

    refused.assertProblem(403, "tenant-forbidden");
    String serverSpan = refused.header("traceresponse").orElseThrow().split("-")[2];
    List<JsonObject> lines = awaitLines(requestId);
    assertFalse(lines.isEmpty(), "no line of request " + requestId);
    for (JsonObject line : lines) {
      assertAll(
          () -> assertEquals(caller.traceId(), line.getString("ext_traceId", null), "trace id"),
          () -> assertEquals(serverSpan, line.getString("ext_spanId", null), "span id"),
          () -> assertFalse(line.containsKey("ext_tenantId"), "a refused hospital is no tenant"));
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.getString("message").contains("Refused hospital " + h.id())),
        "the refusal's line: " + lines);
    String log = Files.readString(messages());
    for (String value : List.of(given, family, "1234567", stranger.email(), "eyJ")) {
      assertFalse(log.contains(value), () -> "in the server's log: " + value);
    }
  }

  @Test
  void everyLineOfTheServersLogIsOneJsonObject() throws IOException {
    List<String> all = Files.readAllLines(messages());
    // Liberty heads the file with its banner (product, paths, Java) before logging starts.
    List<String> lines = all.stream().dropWhile(line -> !line.startsWith("{")).toList();
    assertTrue(lines.size() > 10, "JSON lines: " + lines.size() + " of " + all.size());
    for (String line : lines) {
      JsonValue parsed = Api.json(line);
      assertEquals(JsonValue.ValueType.OBJECT, parsed.getValueType(), line);
      assertTrue(parsed.asJsonObject().containsKey("message"), line);
    }
  }

  /** The request's lines, once written (the log is flushed a moment after the answer). */
  private static List<JsonObject> awaitLines(String requestId)
      throws IOException, InterruptedException {
    List<JsonObject> found = List.of();
    for (int attempt = 0; attempt < 25 && found.isEmpty(); attempt++) {
      Thread.sleep(200);
      found =
          Files.readAllLines(messages()).stream()
              .filter(line -> line.contains(requestId))
              .map(line -> Api.json(line).asJsonObject())
              .filter(line -> requestId.equals(line.getString("ext_requestId", null)))
              .toList();
    }
    return found;
  }

  private static Path messages() {
    return Path.of(Api.stack("server.messages"));
  }
}
