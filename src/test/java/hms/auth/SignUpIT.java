package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignUpIT {
  private static final String STRONG = "Str0ng-Pass!";

  @Test
  void registersAnUnconfirmedUser() {
    Answer answer = Api.postJson("/auth/signup", body(Api.uniqueEmail("new"), STRONG));
    assertEquals(201, answer.status(), answer.body());
    JsonObject user = answer.json();
    assertTrue(user.getString("userSub").matches("[0-9a-f-]{36}"), user.toString());
    assertFalse(user.getBoolean("userConfirmed"));
  }

  @Test
  void refusesASecondAccountForTheSameEmailInAnyCase() {
    String email = Api.uniqueEmail("twice");
    assertEquals(201, Api.postJson("/auth/signup", body(email, STRONG)).status());
    Api.postJson("/auth/signup", body(email.toUpperCase(Locale.ROOT), STRONG))
        .assertProblem(409, "account-exists");
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
    assertEquals(201, Api.postJson("/auth/signup", body(email, STRONG)).status());
  }

  private static String body(String email, String password) {
    return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"Test\"}";
  }
}
