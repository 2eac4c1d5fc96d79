package hms.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mail and password. The e-mail is not checked for format: a wrong one is just wrong. */
@Schema(name = "SignInRequest")
public record SignInRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Size(max = 254)
        String email,
    @Schema(required = true, format = "password", maxLength = 256) @NotBlank @Size(max = 256)
        String password) {}
