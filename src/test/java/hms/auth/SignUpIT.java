package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SignUpIT {
  private static final String STRONG = "Str0ng-Pass!";

  @Test
  void registersAnUnconfirmedUserAndSaysNothingMore() {
    String email = Api.uniqueEmail("new");
    Answer answer = Api.postJson("/auth/signup", body(email, STRONG));
    assertEquals(202, answer.status(), answer.body());
    assertEquals("", answer.body());
    Api.postJson("/auth/signin", Users.credentials(email, STRONG))
        .assertProblem(403, "account-not-confirmed");
  }

  @Test
  void aRegisteredEmailGetsTheAnswerOfANewOne() {
    String email = Api.uniqueEmail("twice");
    Answer first = Api.postJson("/auth/signup", body(email, STRONG));
    Users.confirm(email);
    Answer again =
        Api.postJson("/auth/signup", body(email.toUpperCase(Locale.ROOT), "0ther-Passw0rd!"));
    Answer fresh = Api.postJson("/auth/signup", body(Api.uniqueEmail("fresh"), STRONG));

    for (Answer answer : List.of(first, fresh)) {
      assertEquals(answer.status(), again.status(), again.body());
      assertEquals(answer.body(), again.body());
      assertEquals(comparable(answer), comparable(again));
    }
    // The owner's account is untouched: the old password still signs in, the new one does not.
    assertEquals(
        200, Api.postJson("/auth/signin", Users.credentials(email, STRONG)).status(), "owner");
    Api.postJson("/auth/signin", Users.credentials(email, "0ther-Passw0rd!"))
        .assertProblem(401, "invalid-credentials");
  }

  @Test
  void namesEveryPasswordRuleItBreaks() {
    JsonObject problem =
        Api.postJson("/auth/signup", body(Api.uniqueEmail("weak"), "weakpass"))
            .assertProblem(400, "password-policy");
    List<String> messages =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject())
            .peek(e -> assertEquals("password", e.getString("field")))
            .map(e -> e.getString("message"))
            .toList();
    assertEquals(
        List.of(
            "must contain an upper-case letter", "must contain a digit", "must contain a symbol"),
        messages);
  }

  @Test
  void aRefusedPasswordCreatesNoAccount() {
    String email = Api.uniqueEmail("retry");
    Api.postJson("/auth/signup", body(email, "short")).assertProblem(400, "password-policy");
    assertEquals(202, Api.postJson("/auth/signup", body(email, STRONG)).status());
  }

  /** The headers of an answer but those that differ between any two answers (the time). */
  private static Map<String, List<String>> comparable(Answer answer) {
    Map<String, List<String>> headers = new TreeMap<>(answer.headers().map());
    // The date, and what names this one request (its id, its trace).
    headers
        .keySet()
        .removeIf(
            name -> Set.of("date", "x-request-id", "traceresponse").contains(name.toLowerCase()));
    return headers;
  }

  private static String body(String email, String password) {
    return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"Test\"}";
  }
}
