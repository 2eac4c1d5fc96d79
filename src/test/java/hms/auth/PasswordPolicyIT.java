package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Users;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The password rule is published, and the refusals use the same words. */
class PasswordPolicyIT {

  @Test
  void publishesTheRuleForClientsToShow() {
    Answer answer = Api.get("/auth/password-policy");
    assertEquals(200, answer.status(), answer.body());
    JsonObject policy = answer.json();
    assertEquals(8, policy.getInt("minLength"));
    assertEquals(
        List.of(
            "at least 8 characters",
            "an upper-case letter",
            "a lower-case letter",
            "a digit",
            "a symbol"),
        rules(policy));
    String summary = policy.getString("summary");
    for (String rule : rules(policy)) {
      assertTrue(summary.toLowerCase(Locale.ROOT).contains(rule), rule + " in " + summary);
    }
  }

  @Test
  void aRefusalNamesThePublishedRulesItBreaks() {
    List<String> published = rules(Api.get("/auth/password-policy").json());
    Answer refused =
        Api.postJson("/auth/signup", Users.signUpBody(Api.uniqueEmail("weak"), "alllowercase"));
    refused.assertProblem(400, "password-policy");
    List<String> broken =
        refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("message").replaceFirst("^must contain ", ""))
            .toList();
    assertEquals(List.of("an upper-case letter", "a digit", "a symbol"), broken);
    assertTrue(published.containsAll(broken), broken + " in " + published);
  }

  private static List<String> rules(JsonObject policy) {
    return policy.getJsonArray("rules").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
