package hms.auth.control;

import static hms.auth.control.CognitoCalls.call;
import static hms.auth.control.CognitoCalls.run;

import hms.auth.entity.SignInOutcome;
import hms.auth.entity.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** Sign-in sessions with the user pool: USER_PASSWORD_AUTH, challenges, refresh, revocation. */
@ApplicationScoped
public class CognitoSessions {
  private final CognitoIdentityProviderClient cognito;
  private final CognitoSettings settings;

  /** For the CDI proxy only. */
  protected CognitoSessions() {
    this(null, null);
  }

  @Inject
  public CognitoSessions(CognitoIdentityProviderClient cognito, CognitoSettings settings) {
    this.cognito = cognito;
    this.settings = settings;
  }

  public SignInOutcome signIn(String email, String password) {
    Map<String, String> parameters = identifying(email);
    parameters.put("PASSWORD", password);
    return call(
        "InitiateAuth",
        () -> {
          try {
            var answer = initiate(AuthFlowType.USER_PASSWORD_AUTH, parameters);
            if (answer.challengeName() != null) {
              return SignInOutcome.challenged(answer.challengeNameAsString(), answer.session());
            }
            return SignInOutcome.signedIn(tokens(answer.authenticationResult()));
          } catch (NotAuthorizedException
              | UserNotFoundException
              | InvalidPasswordException
              | PasswordResetRequiredException e) {
            // The stand-in answers a wrong password with InvalidPassword; Cognito with
            // NotAuthorized. A forced reset is told only after the e-mailed code, never here.
            throw new AuthProblems.InvalidCredentials();
          } catch (UserNotConfirmedException e) {
            throw new AuthProblems.NotConfirmed();
          }
        });
  }

  /** Answers NEW_PASSWORD_REQUIRED, the challenge of users an administrator invited. */
  public Tokens setNewPassword(String email, String session, String newPassword) {
    Map<String, String> responses = identifying(email);
    responses.put("NEW_PASSWORD", newPassword);
    return call(
        "RespondToAuthChallenge",
        () -> {
          try {
            var answer =
                cognito.respondToAuthChallenge(
                    r ->
                        r.clientId(settings.clientId())
                            .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                            .session(session)
                            .challengeResponses(responses));
            if (answer.authenticationResult() == null) {
              throw new AuthProblems.InvalidChallenge();
            }
            return tokens(answer.authenticationResult());
          } catch (NotAuthorizedException
              | CodeMismatchException
              | ExpiredCodeException
              | InvalidParameterException
              | UserNotFoundException e) {
            throw new AuthProblems.InvalidChallenge();
          } catch (InvalidPasswordException e) {
            throw AuthProblems.PasswordRejected.byPool("newPassword");
          }
        });
  }

  /** New access and ID tokens; the refresh token stays the one the client has. */
  public Tokens refresh(String email, String refreshToken) {
    Map<String, String> parameters = withSecretHash(poolUsername(email));
    parameters.put("REFRESH_TOKEN", refreshToken);
    return call(
        "InitiateAuth",
        () -> {
          try {
            var answer = initiate(AuthFlowType.REFRESH_TOKEN_AUTH, parameters);
            return tokens(answer.authenticationResult());
          } catch (NotAuthorizedException | UserNotFoundException | InvalidParameterException e) {
            throw new AuthProblems.InvalidRefreshToken();
          }
        });
  }

  /** Revokes a refresh token and the tokens issued from it; revoking twice is fine. */
  public void revoke(String refreshToken) {
    run(
        "RevokeToken",
        () -> {
          try {
            cognito.revokeToken(
                r ->
                    r.clientId(settings.clientId())
                        .clientSecret(settings.clientSecret().orElse(null))
                        .token(refreshToken));
          } catch (NotAuthorizedException | UnsupportedTokenTypeException e) {
            // Unknown or revoked already: the session is over either way.
          }
        });
  }

  /**
   * The user's own username in the pool, which a refresh's SECRET_HASH must use: where e-mail is an
   * alias, Cognito's username is the user's sub. Only asked (AdminGetUser) when the client has a
   * secret; without one, no hash is sent and the e-mail is never looked up.
   */
  private String poolUsername(String email) {
    if (settings.clientSecret().isEmpty()) {
      return email;
    }
    return call(
        "AdminGetUser",
        () -> {
          try {
            return cognito
                .adminGetUser(r -> r.userPoolId(settings.userPoolId()).username(email))
                .username();
          } catch (UserNotFoundException e) {
            throw new AuthProblems.InvalidRefreshToken();
          }
        });
  }

  private InitiateAuthResponse initiate(AuthFlowType flow, Map<String, String> parameters) {
    return cognito.initiateAuth(
        r -> r.clientId(settings.clientId()).authFlow(flow).authParameters(parameters));
  }

  /** USERNAME, with SECRET_HASH when the client has a secret: what sign-in and challenges need. */
  private Map<String, String> identifying(String email) {
    Map<String, String> parameters = withSecretHash(email);
    parameters.put("USERNAME", email);
    return parameters;
  }

  /** SECRET_HASH when the app client has a secret; sign-in may hash the e-mail alias. */
  private Map<String, String> withSecretHash(String email) {
    Map<String, String> parameters = new HashMap<>();
    settings
        .clientSecret()
        .ifPresent(
            s -> parameters.put("SECRET_HASH", SecretHash.of(email, settings.clientId(), s)));
    return parameters;
  }

  /** A refresh yields no new refresh token: the client keeps the one it has. */
  private static Tokens tokens(AuthenticationResultType result) {
    int expiresIn = result.expiresIn() != null ? result.expiresIn() : 3600;
    return new Tokens(result.accessToken(), result.idToken(), result.refreshToken(), expiresIn);
  }
}
