package hms.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The refresh token from sign-in, with the e-mail it was issued to. */
@Schema(name = "RefreshRequest")
public record RefreshRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Size(max = 254)
        String email,
    @Schema(required = true, maxLength = 8192) @NotBlank @Size(max = 8192) String refreshToken) {}
