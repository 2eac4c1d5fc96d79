package hms.auth.control;

import hms.auth.entity.SignUpResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The user pool, seen from the application: the only class that talks to Cognito. AWS types and AWS
 * messages stay here; callers get domain results and the exceptions of this package.
 */
@ApplicationScoped
public class CognitoDirectory {
  private static final Logger LOG = Logger.getLogger(CognitoDirectory.class.getName());

  private final CognitoIdentityProviderClient cognito;
  private final CognitoSettings settings;

  /** For the CDI proxy only. */
  protected CognitoDirectory() {
    this(null, null);
  }

  @Inject
  public CognitoDirectory(CognitoIdentityProviderClient cognito, CognitoSettings settings) {
    this.cognito = cognito;
    this.settings = settings;
  }

  /** Registers a user whose username is the e-mail; Cognito sends the confirmation code. */
  public SignUpResult signUp(String email, String password, String name) {
    try {
      SignUpResponse answer =
          cognito.signUp(
              r -> {
                r.clientId(settings.clientId())
                    .username(email)
                    .password(password)
                    .userAttributes(
                        AttributeType.builder().name("email").value(email).build(),
                        AttributeType.builder().name("name").value(name).build());
                settings
                    .clientSecret()
                    .ifPresent(s -> r.secretHash(SecretHash.of(email, settings.clientId(), s)));
              });
      return new SignUpResult(answer.userSub(), Boolean.TRUE.equals(answer.userConfirmed()));
    } catch (UsernameExistsException e) {
      throw new AuthProblems.AccountExists();
    } catch (InvalidPasswordException e) {
      // The pool's policy is stricter than ours; its message names the rule in AWS's words.
      throw new AuthProblems.PasswordRejected(java.util.List.of("the user pool's password policy"));
    } catch (TooManyRequestsException e) {
      throw new AuthProblems.TooManyRequests();
    } catch (CognitoIdentityProviderException | SdkClientException e) {
      LOG.log(Level.WARNING, "Cognito sign-up failed", e);
      throw new AuthProblems.IdentityProviderUnavailable();
    }
  }
}
