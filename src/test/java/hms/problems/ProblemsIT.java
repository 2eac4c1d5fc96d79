package hms.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every refusal is problem+json with a fixed type, and none of them leaks internals. */
class ProblemsIT {
  private static final String SIGNUP = "/auth/signup";

  @Test
  void unknownPathIs404Problem() {
    JsonObject problem = Api.get("/no/such/thing?patient=Jane").assertProblem(404, "not-found");
    assertEquals("/no/such/thing", problem.getString("instance"), "query left out of instance");
  }

  @Test
  void theServletContainersOwnRefusalsAreProblemsToo() {
    // Liberty refuses encoded slashes and backslashes in a path (400); WildFly finds nothing there.
    for (String path : List.of("/api/patients/%2e%2e%2f%2e%2e%2fplatform", "/api/patients/%5c")) {
      Answer answer = Api.get(path);
      assertTrue(answer.status() == 400 || answer.status() == 404, answer.toString());
      answer.assertProblem(answer.status(), answer.status() == 400 ? "bad-request" : "not-found");
    }
    // Liberty's default servlet refuses these (its error page answers a problem); WildFly's
    // Undertow refuses them before any servlet, with a bare page that names nothing.
    for (String path : List.of("/WEB-INF/web.xml", "/META-INF/MANIFEST.MF")) {
      Answer answer = Api.get(path);
      assertEquals(404, answer.status(), answer.toString());
      answer.assertNoInternals();
      if (answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
        answer.assertProblem(404, "not-found");
      }
    }
  }

  @Test
  void wrongMethodIs405ProblemWithAllow() {
    Answer answer = Api.get(SIGNUP);
    answer.assertProblem(405, "method-not-allowed");
    assertTrue(answer.header("Allow").orElse("").contains("POST"), answer.headers().toString());
  }

  @Test
  void aBodyOverOneMebibyteIs413Problem() {
    String huge =
        "{\"email\": \"big@it.hms.test\", \"password\": \"" + "x".repeat(1_100_000) + "\"}";
    Api.postJson(SIGNUP, huge).assertProblem(413, "body-too-large");
    String justUnder = "{\"padding\": \"" + "x".repeat(1_000_000) + "\"}";
    Api.postJson(SIGNUP, justUnder).assertProblem(400, "validation");
  }

  @Test
  void unsupportedContentTypeIs415Problem() {
    Api.send(
            Api.request(SIGNUP)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=x")))
        .assertProblem(415, "unsupported-media-type");
  }

  @Test
  void unacceptableAcceptIs406Problem() {
    Api.send(
            Api.request(SIGNUP)
                .header("Content-Type", "application/json")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("{}")))
        .assertProblem(406, "not-acceptable");
  }

  @Test
  void aCompressedOrEncodedBodyIs415ProblemNamingTheHeader() {
    // Liberty inflated gzip itself and failed with a 500 on a body that was not gzip; no client
    // of this API compresses its (small) bodies, and refusing codings also refuses zip bombs.
    for (String coding : new String[] {"gzip", "deflate", "br", "x-anything"}) {
      JsonObject problem =
          Api.send(
                  Api.request(SIGNUP)
                      .header("Content-Type", "application/json")
                      .header("Content-Encoding", coding)
                      .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"x@it.hms.test\"}")))
              .assertProblem(415, "unsupported-content-encoding");
      assertTrue(problem.getString("detail").contains("Content-Encoding"), problem.toString());
    }
    Api.send(
            Api.request(SIGNUP)
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "identity")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": ")))
        .assertProblem(400, "malformed-body");
  }

  @Test
  void aBodyIsOneJsonValueInUtf8OrItIsRefused() {
    // Each was answered 200 with the first value kept, or with U+FFFD in place of the bytes sent.
    Api.postJson(SIGNUP, "{\"email\": \"x@it.hms.test\"} xx").assertProblem(400, "malformed-body");
    Api.postJson(SIGNUP, "{\"email\": \"x@it.hms.test\"} {}").assertProblem(400, "malformed-body");
    byte[] latin1 = "{\"email\": \"caf\u00e9@it.hms.test\"}".getBytes(StandardCharsets.ISO_8859_1);
    JsonObject notUtf8 =
        Api.send(
                Api.request(SIGNUP)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)))
            .assertProblem(400, "malformed-body");
    assertTrue(notUtf8.getString("detail").contains("UTF-8"), notUtf8.toString());
    Api.send(
            Api.request(SIGNUP)
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)))
        .assertProblem(415, "unsupported-media-type");
    // Spelt any way, UTF-8 is welcome, and white space after the value too.
    Api.send(
            Api.request(SIGNUP)
                .header("Content-Type", "application/json; charset=\"utf-8\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"\"} \r\n")))
        .assertProblem(400, "validation");
  }

  @Test
  void malformedJsonIs400Problem() {
    Api.postJson(SIGNUP, "{\"email\": ").assertProblem(400, "malformed-body");
  }

  @Test
  void jsonOfTheWrongShapeIs400Problem() {
    Api.postJson(SIGNUP, "[1, 2, 3]").assertProblem(400, "malformed-body");
  }

  @Test
  void jsonNestedDeeperThanAnyRequestIs400WithoutAStackTraceInTheLog() throws IOException {
    for (int depth : new int[] {1_001, 20_000}) {
      Api.postJson("/auth/signin", "[".repeat(depth) + "]".repeat(depth))
          .assertProblem(400, "malformed-body");
      Api.postJson("/auth/signin", "{\"email\":".repeat(depth) + "1" + "}".repeat(depth))
          .assertProblem(400, "malformed-body");
    }
    String log = Files.readString(Path.of(Api.stack("server.messages")));
    assertFalse(log.contains("too deeply nested"), "the parser's failure in the server's log");
  }

  @Test
  void emptyBodyIs400Problem() {
    Api.postJson(SIGNUP, "").assertProblem(400, "malformed-body");
  }

  @Test
  void validationFailureNamesEachField() {
    JsonObject problem =
        Api.postJson(SIGNUP, "{\"email\": \"not-an-email\", \"name\": \"\"}")
            .assertProblem(400, "validation");
    Map<String, String> errors =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject())
            .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    assertEquals(
        Map.of(
            "email", "must be a well-formed email address",
            "name", "must not be blank",
            "password", "must not be blank"),
        errors);
  }

  @Test
  void oversizedFieldIsAValidationProblem() {
    String longName = "x".repeat(101);
    JsonObject problem =
        Api.postJson(
                SIGNUP,
                "{\"email\": \"a@b.example\", \"password\": \"Str0ng-Pass!\", \"name\": \""
                    + longName
                    + "\"}")
            .assertProblem(400, "validation");
    assertEquals("name", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }
}
