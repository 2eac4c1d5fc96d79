package hms.auth.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Just an account's e-mail: to resend a code or to start a password reset. */
@Schema(name = "EmailRequest")
public record EmailRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Email @Size(max = 254)
        String email) {}
