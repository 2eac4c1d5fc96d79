package hms.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request in {@code X-Request-ID}: the client's id when well formed, else
 * one the server made; every problem body carries the same id as {@code requestId}.
 */
class RequestIdIT {
  private static final String UUID_FORM =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void aWellFormedIdIsEchoedOnSuccessAndInTheProblem() {
    String id = "rid-" + UUID.randomUUID();
    Answer policy = Api.send(Api.request("/auth/password-policy").header("X-Request-ID", id));
    assertEquals(200, policy.status(), policy.body());
    assertEquals(id, policy.header("X-Request-ID").orElse(null));

    Answer refused =
        Api.send(
            Api.request("/auth/signin")
                .header("X-Request-ID", id)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Users.credentials(Api.uniqueEmail("rid"), "Wrong-Passw0rd!"))));
    assertTrue(refused.status() >= 400, refused.body());
    assertEquals(id, refused.header("X-Request-ID").orElse(null));
    assertEquals(id, refused.json().getString("requestId"));
  }

  @Test
  void anIdThatIsNotWellFormedIsReplaced() {
    for (String sent : new String[] {"x".repeat(65), "two words", "a\"b", "jane@example.org"}) {
      Answer answer = Api.send(Api.request("/api/patients").header("X-Request-ID", sent));
      answer.assertProblem(401, "unauthorized");
      String id = answer.header("X-Request-ID").orElseThrow();
      assertNotEquals(sent, id);
      assertTrue(id.matches(UUID_FORM), id);
    }
  }

  @Test
  void eachRequestWithoutAnIdGetsItsOwn() {
    Answer first = Api.get("/api/patients");
    Answer second = Api.get("/api/patients");
    first.assertProblem(401, "unauthorized");
    second.assertProblem(401, "unauthorized");
    assertNotEquals(
        first.header("X-Request-ID").orElseThrow(), second.header("X-Request-ID").orElseThrow());
  }
}
