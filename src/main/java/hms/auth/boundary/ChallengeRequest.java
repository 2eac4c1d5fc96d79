package hms.auth.boundary;

import hms.auth.entity.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to NEW_PASSWORD_REQUIRED: the session from sign-in and the new password. */
@Schema(name = "ChallengeRequest")
public record ChallengeRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Size(max = 254)
        String email,
    @Schema(required = true, maxLength = 4096) @NotBlank @Size(max = 4096) String session,
    @Schema(
            required = true,
            format = "password",
            minLength = PasswordPolicy.MIN_LENGTH,
            maxLength = 256,
            description = PasswordPolicy.DESCRIPTION)
        @NotBlank
        @Size(max = 256)
        String newPassword) {}
