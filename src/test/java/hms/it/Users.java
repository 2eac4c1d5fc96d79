package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** Makes users through the public API, as a person would: sign up, confirm, sign in. */
public final class Users {
  public static final String PASSWORD = "Str0ng-Pass!";

  /** A signed-in user and their tokens. */
  public record Session(String email, String sub, String accessToken, String refreshToken) {
    public String bearer() {
      return "Bearer " + accessToken;
    }
  }

  private Users() {}

  /** A fresh, confirmed, signed-in user. */
  public static Session signedIn(String who) {
    String email = Api.uniqueEmail(who);
    Answer signUp = Api.postJson("/auth/signup", signUpBody(email, PASSWORD));
    assertEquals(202, signUp.status(), signUp.body());
    confirm(email);
    return signIn(email, PASSWORD);
  }

  public static void confirm(String email) {
    Answer confirm =
        Api.postJson(
            "/auth/confirm",
            "{\"email\": \"" + email + "\", \"code\": \"" + Api.stack("cognito.code") + "\"}");
    assertEquals(204, confirm.status(), confirm.body());
  }

  public static Session signIn(String email, String password) {
    Answer answer = Api.postJson("/auth/signin", credentials(email, password));
    assertEquals(200, answer.status(), answer.body());
    JsonObject tokens = answer.json();
    String sub =
        Api.json(
                new String(
                    java.util.Base64.getUrlDecoder()
                        .decode(tokens.getString("accessToken").split("\\.")[1])))
            .asJsonObject()
            .getString("sub");
    return new Session(
        email, sub, tokens.getString("accessToken"), tokens.getString("refreshToken"));
  }

  public static String credentials(String email, String password) {
    return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
  }

  public static String signUpBody(String email, String password) {
    return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"Test\"}";
  }
}
