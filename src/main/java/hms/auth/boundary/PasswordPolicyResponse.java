package hms.auth.boundary;

import hms.auth.entity.PasswordPolicy;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The password rule as clients show it, before anyone types: the server's own words. */
@Schema(
    name = "PasswordPolicy",
    description =
        "The rule every new password (sign-up, reset, an invitation's first password) must meet;"
            + " a refusal (400 password-policy) names the rules broken in the same words.")
public record PasswordPolicyResponse(
    @Schema(required = true, example = "8", description = "The fewest characters.") int minLength,
    @Schema(
            required = true,
            example =
                "[\"at least 8 characters\", \"an upper-case letter\", \"a lower-case letter\","
                    + " \"a digit\", \"a symbol\"]",
            description = "Each rule, in words that complete \"must contain ...\".")
        List<String> rules,
    @Schema(
            required = true,
            example =
                "At least 8 characters, an upper-case letter, a lower-case letter, a digit and a"
                    + " symbol.",
            description = "The whole rule as one sentence, for people.")
        String summary) {

  static PasswordPolicyResponse current() {
    return new PasswordPolicyResponse(
        PasswordPolicy.MIN_LENGTH, PasswordPolicy.rules(), PasswordPolicy.summary());
  }
}
