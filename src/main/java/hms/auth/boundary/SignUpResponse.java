package hms.auth.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registered user: confirmed is false until the e-mailed code is confirmed. */
@Schema(name = "SignUpResponse")
public record SignUpResponse(
    @Schema(required = true, description = "Cognito's subject id of the user.") String userSub,
    @Schema(required = true) boolean userConfirmed) {}
