package hms.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The refresh token to revoke. */
@Schema(name = "SignOutRequest")
public record SignOutRequest(
    @Schema(required = true, maxLength = 8192) @NotBlank @Size(max = 8192) String refreshToken) {}
