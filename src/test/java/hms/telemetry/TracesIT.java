package hms.telemetry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Files;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The server exports its traces (OTLP) to the stack's receiver: one trace per request, continued
 * from the caller's {@code traceparent}, the server span with the hospital and the problem type,
 * client spans for SQL, S3 and Cognito below it, and no value a client sent in any attribute.
 */
class TracesIT {
  @Test
  void aPatientReadIsOneTraceFromTheServerSpanToItsStatements() throws InterruptedException {
    Hospital h = Tenants.create("trc");
    String given = "Zelphine" + UUID.randomUUID().toString().substring(0, 6);
    String family = "Quorrington" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject patient = Patients.create(h.admin(), h.id(), Patients.body(given, family));
    Traces.Parent caller = Traces.Parent.fresh();
    long mark = Traces.mark();
    String requestId = "trc-" + UUID.randomUUID();

    Answer read =
        Tenants.send(
            h.admin(),
            h.id(),
            "GET",
            "/api/patients/" + patient.getString("id"),
            null,
            Map.of("traceparent", caller.traceparent(), "X-Request-ID", requestId));

    assertEquals(200, read.status(), read.body());
    assertEquals(requestId, read.header("X-Request-ID").orElse(null));
    assertEquals(
        Optional.empty(), read.header("io.openliberty.trace"), "no header names the server");
    String traceResponse = read.header("traceresponse").orElse("");
    assertTrue(
        traceResponse.startsWith("00-" + caller.traceId() + "-"), "traceresponse " + traceResponse);
    List<JsonObject> spans =
        Traces.await(
            caller.traceId(),
            mark,
            s -> Traces.server(s).isPresent() && s.stream().anyMatch(TracesIT::isSql));
    JsonObject server = Traces.server(spans).orElseThrow();
    List<JsonObject> statements = spans.stream().filter(TracesIT::isSql).toList();
    assertAll(
        () ->
            assertEquals(caller.spanId(), server.getString("parentSpanId"), "continues the caller"),
        () ->
            assertEquals(traceResponse.split("-")[2], server.getString("spanId"), "traceresponse"),
        () -> assertEquals(h.id(), Traces.attribute(server, "hms.tenant.id"), "tenant"),
        () -> assertEquals(requestId, Traces.attribute(server, "hms.request.id"), "request id"),
        () -> assertTrue(server.getString("name").startsWith("GET"), server.getString("name")),
        () ->
            statements.forEach(
                sql ->
                    assertTrue(
                        Traces.descends(sql, server, spans), "below the server span: " + sql)),
        () ->
            assertTrue(
                statements.stream()
                    .anyMatch(s -> Traces.attribute(s, "db.statement").contains("patients")),
                "the patient's SELECT: " + statements));
    assertNoneHolds(
        spans,
        List.of(
            given,
            family,
            patient.getString("email"),
            "1234567",
            "1980-05-17",
            h.admin().email(),
            "eyJ"));
  }

  @Test
  void aPatientSearchKeepsItsParametersNamesButNotWhatWasSearchedFor() throws InterruptedException {
    Hospital h = Tenants.create("trq");
    String family = "Quarrington" + UUID.randomUUID().toString().substring(0, 6);
    String email = family.toLowerCase(java.util.Locale.ROOT) + "@example.org";
    Traces.Parent caller = Traces.Parent.fresh();
    long mark = Traces.mark();

    Answer search =
        Tenants.send(
            h.admin(),
            h.id(),
            "GET",
            "/api/patients?q=" + email.replace("@", "%40") + "&size=5",
            null,
            Map.of("traceparent", caller.traceparent()));

    assertEquals(200, search.status(), search.body());
    List<JsonObject> spans =
        Traces.await(caller.traceId(), mark, s -> Traces.server(s).isPresent());
    JsonObject server = Traces.server(spans).orElseThrow();
    assertEquals("q=?&size=?", Traces.attribute(server, "url.query"));
    assertNoneHolds(spans, List.of(family, email, email.replace("@", "%40")));
  }

  @Test
  void anErrorAnswerNamesItsProblemTypeOnTheServerSpan() throws InterruptedException {
    Hospital h = Tenants.create("trp");
    Traces.Parent caller = Traces.Parent.fresh();
    long mark = Traces.mark();

    Answer missing =
        Tenants.send(
            h.admin(),
            h.id(),
            "GET",
            "/api/patients/" + UUID.randomUUID(),
            null,
            Map.of("traceparent", caller.traceparent()));

    missing.assertProblem(404, "not-found");
    JsonObject server =
        Traces.server(Traces.await(caller.traceId(), mark, s -> Traces.server(s).isPresent()))
            .orElseThrow();
    assertEquals("urn:hms:problem:not-found", Traces.attribute(server, "hms.problem.type"));
    assertEquals(missing.json().getString("requestId"), Traces.attribute(server, "hms.request.id"));
  }

  @Test
  void aSignInsCognitoCallIsInItsTraceWithoutTheCredentials() throws InterruptedException {
    String email = Api.uniqueEmail("trs");
    Api.postJson("/auth/signup", Users.signUpBody(email, Users.PASSWORD));
    Users.confirm(email);
    Traces.Parent caller = Traces.Parent.fresh();
    long mark = Traces.mark();

    Answer signIn =
        Api.send(
            Api.request("/auth/signin")
                .header("Content-Type", "application/json")
                .header("traceparent", caller.traceparent())
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        Users.credentials(email, Users.PASSWORD))));

    assertEquals(200, signIn.status(), signIn.body());
    List<JsonObject> spans =
        Traces.await(
            caller.traceId(),
            mark,
            s -> Traces.server(s).isPresent() && s.stream().anyMatch(TracesIT::isCognito));
    JsonObject server = Traces.server(spans).orElseThrow();
    JsonObject cognito = spans.stream().filter(TracesIT::isCognito).findFirst().orElseThrow();
    assertEquals("CognitoIdentityProvider.InitiateAuth", cognito.getString("name"));
    assertEquals("CLIENT", cognito.getString("kind"));
    assertTrue(Traces.descends(cognito, server, spans), "below the server span");
    assertNoneHolds(spans, List.of(email, Users.PASSWORD, "eyJ"));
  }

  @Test
  void completingAnUploadAsksTheBucketInItsTrace() throws InterruptedException {
    Hospital h = Tenants.create("trf");
    JsonObject patient = Patients.create(h.admin(), h.id(), Patients.body("Tracy", "Files"));
    JsonObject pending = Files.pending(h.admin(), h.id(), "scan.txt", patient.getString("id"));
    assertEquals(200, Files.put(pending, Files.content("scan.txt")).statusCode());
    Traces.Parent caller = Traces.Parent.fresh();
    long mark = Traces.mark();

    Answer complete =
        Tenants.send(
            h.admin(),
            h.id(),
            "POST",
            "/api/files/" + pending.getString("id") + "/complete",
            null,
            Map.of("traceparent", caller.traceparent()));

    assertEquals(200, complete.status(), complete.body());
    List<JsonObject> spans =
        Traces.await(
            caller.traceId(),
            mark,
            s ->
                Traces.server(s).isPresent()
                    && s.stream().anyMatch(x -> "S3".equals(Traces.attribute(x, "rpc.service"))));
    JsonObject server = Traces.server(spans).orElseThrow();
    JsonObject s3 =
        spans.stream()
            .filter(x -> "S3".equals(Traces.attribute(x, "rpc.service")))
            .findFirst()
            .orElseThrow();
    assertTrue(Traces.descends(s3, server, spans), "below the server span");
    assertEquals(h.id(), Traces.attribute(server, "hms.tenant.id"));
    assertNoneHolds(spans, List.of("scan.txt", "X-Amz-Signature", "eyJ"));
  }

  private static boolean isSql(JsonObject span) {
    return "postgresql".equals(Traces.attribute(span, "db.system"));
  }

  private static boolean isCognito(JsonObject span) {
    return "CognitoIdentityProvider".equals(Traces.attribute(span, "rpc.service"));
  }

  /** No span's name or attribute holds any of the values. */
  private static void assertNoneHolds(List<JsonObject> spans, List<String> values) {
    List<String> found = new ArrayList<>();
    for (JsonObject span : spans) {
      List<String> texts = new ArrayList<>();
      texts.add(span.getString("name"));
      span.getJsonObject("attributes").values().stream()
          .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
          .forEach(texts::add);
      for (String text : texts) {
        values.stream()
            .filter(value -> text.contains(value))
            .forEach(value -> found.add(span.getString("name") + ": " + value));
      }
    }
    assertFalse(!found.isEmpty(), "values a client sent in the trace: " + found);
  }
}
