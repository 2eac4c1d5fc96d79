package hms.auth.boundary;

import hms.problems.boundary.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in sessions: public sign-in, refresh and challenge; signed-in sign-out. The profile with the
 * user's hospitals is {@code hms.tenancy}'s {@code MeResource}.
 */
@ApplicationScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class SessionsResource {
  private final SessionService sessions;

  /** For the JAX-RS runtime only. */
  public SessionsResource() {
    this(null);
  }

  @Inject
  public SessionsResource(SessionService sessions) {
    this.sessions = sessions;
  }

  @POST
  @Path("signin")
  @PermitAll
  @SecurityRequirements
  @Operation(operationId = "signIn", summary = "Sign in with e-mail and password")
  @APIResponse(
      responseCode = "200",
      description = "Tokens, or a challenge to answer at /auth/challenge.",
      content = @Content(schema = @Schema(implementation = SignInResponse.class)))
  @APIResponse(responseCode = "401", description = "Wrong e-mail or password.")
  @APIResponse(responseCode = "403", description = "The account is not confirmed.")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed sign-ins for this e-mail from this address, or from anywhere.")
  public SignInResponse signIn(@Valid @NotNull SignInRequest request) {
    return SignInResponse.of(sessions.signIn(request.email(), request.password()));
  }

  @POST
  @Path("challenge")
  @PermitAll
  @SecurityRequirements
  @Operation(operationId = "answerChallenge", summary = "Set the new password an invitation asks")
  @APIResponse(
      responseCode = "200",
      description = "Signed in.",
      content = @Content(schema = @Schema(implementation = SignInResponse.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong answers for this e-mail from this address, or from anywhere.")
  public SignInResponse answerChallenge(@Valid @NotNull ChallengeRequest request) {
    return SignInResponse.of(
        sessions.setNewPassword(request.email(), request.session(), request.newPassword()));
  }

  @POST
  @Path("refresh")
  @PermitAll
  @SecurityRequirements
  @Operation(operationId = "refreshTokens", summary = "New access and ID tokens")
  @APIResponse(
      responseCode = "200",
      description = "Fresh tokens; the refresh token stays the same.",
      content = @Content(schema = @Schema(implementation = SignInResponse.class)))
  @APIResponse(responseCode = "401", description = "The refresh token is revoked or expired.")
  public SignInResponse refresh(@Valid @NotNull RefreshRequest request) {
    return SignInResponse.of(sessions.refresh(request.email(), request.refreshToken()));
  }

  @POST
  @Path("signout")
  @Operation(operationId = "signOut", summary = "Revoke the refresh token")
  @APIResponse(responseCode = "204", description = "Signed out.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void signOut(@Valid @NotNull SignOutRequest request) {
    sessions.signOut(request.refreshToken());
  }
}
