package hms.auth.boundary;

import hms.auth.entity.SignUpResult;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public account endpoints: no token, no tenant header. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Sign-up and sign-in with the Cognito user pool.")
@PermitAll
public class AuthResource {
  private final AccountService accounts;

  /** For the JAX-RS runtime only. */
  protected AuthResource() {
    this(null);
  }

  @Inject
  public AuthResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @POST
  @Path("signup")
  @SecurityRequirements
  @Operation(
      operationId = "signUp",
      summary = "Register a user",
      description = "The e-mail becomes the username; Cognito e-mails a confirmation code.")
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      content = @Content(schema = @Schema(implementation = SignUpResponse.class)))
  @APIResponse(responseCode = "409", description = "The e-mail is registered already.")
  @APIResponse(responseCode = "429", description = "The identity provider throttles.")
  @APIResponse(responseCode = "503", description = "The identity provider is unreachable.")
  public Response signUp(@Valid @NotNull SignUpRequest request) {
    SignUpResult result = accounts.signUp(request.email(), request.password(), request.name());
    return Response.status(Response.Status.CREATED)
        .entity(new SignUpResponse(result.userSub(), result.userConfirmed()))
        .build();
  }
}
