package hms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** One HTTP answer, with the assertions every test makes about errors. */
public record Answer(int status, String body, java.net.http.HttpHeaders headers) {
  /** Texts that betray internals; none may reach a client. */
  private static final List<String> INTERNALS =
      List.of("Exception", "\tat ", "at hms.", "RESTEASY", "SQL", "java.", "jakarta.", "CWW");

  Answer(HttpResponse<String> response) {
    this(response.statusCode(), response.body(), response.headers());
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public JsonObject json() {
    return Api.json(body).asJsonObject();
  }

  /**
   * The body without its {@code requestId}, which names the request and so differs between two
   * otherwise identical problems.
   */
  public String bodyApartFromItsRequestId() {
    return body.replaceFirst(",?\\s*\"requestId\"\\s*:\\s*\"[^\"]*\"", "");
  }

  /** Nothing in the body names the server's or the application's internals. */
  public void assertNoInternals() {
    INTERNALS.forEach(s -> assertFalse(body.contains(s), () -> s + " in " + body));
  }

  /**
   * A problem+json answer with this status and type slug, leaking nothing, whose {@code requestId}
   * is the answer's {@code X-Request-ID}.
   */
  public JsonObject assertProblem(int expectedStatus, String typeSlug) {
    assertEquals(expectedStatus, status, () -> "status of " + body);
    assertEquals(
        Optional.of("application/problem+json"),
        header("Content-Type").map(t -> t.replaceAll(";.*", "")),
        "content type");
    JsonObject problem = json();
    assertAll(
        () -> assertEquals("urn:hms:problem:" + typeSlug, problem.getString("type")),
        () -> assertEquals(expectedStatus, problem.getInt("status")),
        () -> assertFalse(problem.getString("title").isBlank(), "title"),
        () -> assertFalse(problem.getString("detail").isBlank(), "detail"),
        () -> assertFalse(problem.getString("requestId", "").isBlank(), "requestId"),
        () ->
            assertEquals(
                header("X-Request-ID").orElse(null),
                problem.getString("requestId", null),
                "requestId is the X-Request-ID"),
        () -> INTERNALS.forEach(s -> assertFalse(body.contains(s), () -> s + " in " + body)));
    return problem;
  }
}
