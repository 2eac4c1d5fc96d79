package hms.auth.boundary;

import hms.auth.entity.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password, with the reset code Cognito e-mailed. */
@Schema(name = "ResetPasswordRequest")
public record ResetPasswordRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Email @Size(max = 254)
        String email,
    @Schema(required = true, pattern = "^[0-9]{6}$")
        @NotBlank
        @Pattern(regexp = "^[0-9]{6}$", message = "must be the 6-digit code from the e-mail")
        String code,
    @Schema(
            required = true,
            format = "password",
            minLength = PasswordPolicy.MIN_LENGTH,
            maxLength = 256,
            description = PasswordPolicy.DESCRIPTION)
        @NotBlank
        @Size(max = 256)
        String newPassword) {}
