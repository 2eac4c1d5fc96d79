package hms.auth.boundary;

import hms.auth.entity.SignInOutcome;
import hms.auth.entity.Tokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tokens, or a challenge to answer at {@code POST /auth/challenge}. Absent members are left out: a
 * challenge carries only {@code challenge} and {@code session}; a refresh no refresh token.
 */
@Schema(name = "SignInResponse")
public record SignInResponse(
    @Schema(description = "The bearer token for every other call; lives expiresIn seconds.")
        String accessToken,
    String idToken,
    String refreshToken,
    @Schema(example = "3600") Integer expiresIn,
    @Schema(enumeration = "Bearer") String tokenType,
    @Schema(example = "NEW_PASSWORD_REQUIRED") String challenge,
    String session) {

  static SignInResponse of(Tokens tokens) {
    return new SignInResponse(
        tokens.accessToken(),
        tokens.idToken(),
        tokens.refreshToken(),
        tokens.expiresIn(),
        "Bearer",
        null,
        null);
  }

  static SignInResponse of(SignInOutcome outcome) {
    return outcome
        .tokens()
        .map(SignInResponse::of)
        .orElseGet(
            () ->
                new SignInResponse(
                    null, null, null, null, null, outcome.challenge(), outcome.session()));
  }
}
