package hms.auth.boundary;

import hms.problems.boundary.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
@ApplicationScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Accounts and sign-in with the Cognito user pool.")
@PermitAll
@SecurityRequirements
public class AccountsResource {
  private final AccountService accounts;

  /** For the JAX-RS runtime only. */
  public AccountsResource() {
    this(null);
  }

  @Inject
  public AccountsResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @Path("password-policy")
  @Operation(
      operationId = "getPasswordPolicy",
      summary = "The rule a new password must meet, in words to show people")
  @APIResponse(
      responseCode = "200",
      description = "The rule; sign-up, reset and the invitation's challenge check exactly this.",
      content = @Content(schema = @Schema(implementation = PasswordPolicyResponse.class)))
  public PasswordPolicyResponse passwordPolicy() {
    return accounts.passwordPolicy();
  }

  @POST
  @Path("signup")
  @Operation(operationId = "signUp", summary = "Register; Cognito e-mails a confirmation code")
  @APIResponse(
      responseCode = "202",
      description =
          "Registered, unconfirmed until the e-mailed code is confirmed; the same answer when the"
              + " e-mail has an account already, which then stays as it was.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response signUp(@Valid @NotNull SignUpRequest request) {
    accounts.signUp(request.email(), request.password(), request.name());
    return Response.accepted().build();
  }

  @POST
  @Path("confirm")
  @Operation(operationId = "confirmSignUp", summary = "Confirm an account with the e-mailed code")
  @APIResponse(responseCode = "204", description = "Confirmed.")
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong codes for this e-mail from this address, or from anywhere.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void confirm(@Valid @NotNull ConfirmRequest request) {
    accounts.confirm(request.email(), request.code());
  }

  @POST
  @Path("resend-code")
  @Operation(operationId = "resendConfirmationCode", summary = "E-mail a new confirmation code")
  @APIResponse(responseCode = "202", description = "Sent if the account exists and is unconfirmed.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response resendCode(@Valid @NotNull EmailRequest request) {
    accounts.resendCode(request.email());
    return Response.accepted().build();
  }

  @POST
  @Path("forgot-password")
  @Operation(operationId = "forgotPassword", summary = "E-mail a password reset code")
  @APIResponse(responseCode = "202", description = "Sent if the account exists.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response forgotPassword(@Valid @NotNull EmailRequest request) {
    accounts.forgotPassword(request.email());
    return Response.accepted().build();
  }

  @POST
  @Path("reset-password")
  @Operation(operationId = "resetPassword", summary = "Set a new password with the reset code")
  @APIResponse(
      responseCode = "204",
      description = "The new password is set; a locked sign-in for the e-mail is released.")
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong codes for this e-mail from this address, or from anywhere.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void resetPassword(@Valid @NotNull ResetPasswordRequest request) {
    accounts.resetPassword(request.email(), request.code(), request.newPassword());
  }
}
