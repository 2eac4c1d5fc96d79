package hms.auth.entity;

import java.util.Optional;

/** Either tokens, or a challenge the user must answer first (e.g. set a new password). */
public record SignInOutcome(Optional<Tokens> tokens, String challenge, String session) {

  public static SignInOutcome signedIn(Tokens tokens) {
    return new SignInOutcome(Optional.of(tokens), null, null);
  }

  public static SignInOutcome challenged(String challenge, String session) {
    return new SignInOutcome(Optional.empty(), challenge, session);
  }
}
