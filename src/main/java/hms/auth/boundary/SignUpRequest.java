package hms.auth.boundary;

import hms.auth.entity.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new user's registration. The password rules are checked by the service, rule by rule. */
@Schema(name = "SignUpRequest")
public record SignUpRequest(
    @Schema(required = true, format = "email", maxLength = 254, example = "dr.house@example.org")
        @NotBlank
        @Email
        @Size(max = 254)
        String email,
    @Schema(
            required = true,
            format = "password",
            minLength = PasswordPolicy.MIN_LENGTH,
            maxLength = 256,
            description = PasswordPolicy.DESCRIPTION)
        @NotBlank
        @Size(max = 256)
        String password,
    @Schema(required = true, maxLength = 100, example = "Gregory House") @NotBlank @Size(max = 100)
        String name) {}
