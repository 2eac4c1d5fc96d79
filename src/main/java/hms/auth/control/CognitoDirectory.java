package hms.auth.control;

import static hms.auth.control.CognitoCalls.call;
import static hms.auth.control.CognitoCalls.run;

import hms.auth.entity.InvitationResend;
import hms.auth.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The user pool's accounts, seen from the application. AWS types and AWS messages stay here;
 * callers get domain results and {@link AuthProblems}. Answers never tell whether an e-mail has an
 * account: not even sign-up, where Cognito itself would (UsernameExists, whatever the pool's
 * PreventUserExistenceErrors says).
 */
@ApplicationScoped
public class CognitoDirectory {
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

  /**
   * Registers a user whose username is the e-mail; Cognito sends the confirmation code. An e-mail
   * with an account already changes nothing and fails nothing, so that the caller answers alike.
   */
  public void signUp(String email, String password, String name) {
    run(
        "SignUp",
        () -> {
          try {
            cognito.signUp(
                r ->
                    r.clientId(settings.clientId())
                        .secretHash(secretHash(email))
                        .username(email)
                        .password(password)
                        .userAttributes(attribute("email", email), attribute("name", name)));
          } catch (UsernameExistsException e) {
            // Registered already: its owner signs in, or resets the password.
          } catch (InvalidPasswordException e) {
            throw AuthProblems.PasswordRejected.byPool("password");
          }
        });
  }

  public void confirmSignUp(String email, String code) {
    run(
        "ConfirmSignUp",
        () -> {
          try {
            cognito.confirmSignUp(
                r ->
                    r.clientId(settings.clientId())
                        .secretHash(secretHash(email))
                        .username(email)
                        .confirmationCode(code));
          } catch (CodeMismatchException
              | ExpiredCodeException
              | UserNotFoundException
              | NotAuthorizedException e) {
            throw new AuthProblems.InvalidCode();
          }
        });
  }

  /** Sends a new confirmation code; says nothing about whether the account exists. */
  public void resendConfirmationCode(String email) {
    run(
        "ResendConfirmationCode",
        () -> {
          try {
            cognito.resendConfirmationCode(
                r -> r.clientId(settings.clientId()).secretHash(secretHash(email)).username(email));
          } catch (UserNotFoundException | InvalidParameterException | NotAuthorizedException e) {
            // Unknown or already confirmed: the caller answers the same either way.
          }
        });
  }

  /** Sends a password reset code; says nothing about whether the account exists. */
  public void forgotPassword(String email) {
    run(
        "ForgotPassword",
        () -> {
          try {
            cognito.forgotPassword(
                r -> r.clientId(settings.clientId()).secretHash(secretHash(email)).username(email));
          } catch (UserNotFoundException | InvalidParameterException | NotAuthorizedException e) {
            // Unknown, unconfirmed or disabled: the caller answers the same either way.
          }
        });
  }

  public void confirmForgotPassword(String email, String code, String newPassword) {
    run(
        "ConfirmForgotPassword",
        () -> {
          try {
            cognito.confirmForgotPassword(
                r ->
                    r.clientId(settings.clientId())
                        .secretHash(secretHash(email))
                        .username(email)
                        .confirmationCode(code)
                        .password(newPassword));
          } catch (CodeMismatchException
              | ExpiredCodeException
              | UserNotFoundException
              | NotAuthorizedException e) {
            throw new AuthProblems.InvalidCode();
          } catch (InvalidPasswordException e) {
            throw AuthProblems.PasswordRejected.byPool("newPassword");
          }
        });
  }

  /**
   * The user as the pool knows them (sub, e-mail, name when it has one); an unknown e-mail gets an
   * account first (AdminCreateUser), and Cognito e-mails the invitation with a temporary password.
   * The user then signs in and answers the NEW_PASSWORD_REQUIRED challenge.
   */
  public UserProfile findOrInvite(String email) {
    return call(
        "AdminCreateUser",
        () -> {
          try {
            return profile(
                cognito
                    .adminGetUser(r -> r.userPoolId(settings.userPoolId()).username(email))
                    .userAttributes(),
                email);
          } catch (UserNotFoundException unknown) {
            cognito.adminCreateUser(
                r ->
                    r.userPoolId(settings.userPoolId())
                        .username(email)
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                        .userAttributes(
                            attribute("email", email), attribute("email_verified", "true")));
            return profile(
                cognito
                    .adminGetUser(r -> r.userPoolId(settings.userPoolId()).username(email))
                    .userAttributes(),
                email);
          }
        });
  }

  /**
   * Sends an invited user's invitation again (AdminCreateUser with MessageAction RESEND: a new
   * temporary password, the expiry reset). Only a user who has not chosen a password yet has one:
   * Cognito refuses the others (UnsupportedUserState).
   */
  public InvitationResend resendInvitation(String email) {
    return call(
        "AdminCreateUser",
        () -> {
          try {
            cognito.adminCreateUser(
                r ->
                    r.userPoolId(settings.userPoolId())
                        .username(email)
                        .messageAction(MessageActionType.RESEND)
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
            return InvitationResend.SENT;
          } catch (UnsupportedUserStateException e) {
            return InvitationResend.HAS_PASSWORD;
          } catch (UserNotFoundException e) {
            return InvitationResend.NO_ACCOUNT;
          }
        });
  }

  private static UserProfile profile(List<AttributeType> attributes, String email) {
    return new UserProfile(
        value(attributes, "sub").orElseThrow(() -> new IllegalStateException("No sub")),
        value(attributes, "email").orElse(email),
        value(attributes, "name").orElse(null));
  }

  /** The profile of the user an access token belongs to. */
  public UserProfile profile(String accessToken) {
    return call(
        "GetUser",
        () -> {
          try {
            var user = cognito.getUser(r -> r.accessToken(accessToken));
            return new UserProfile(
                value(user.userAttributes(), "sub").orElse(user.username()),
                value(user.userAttributes(), "email").orElse(null),
                value(user.userAttributes(), "name").orElse(null));
          } catch (NotAuthorizedException | UserNotFoundException e) {
            throw new AuthProblems.InvalidCredentials();
          } catch (CognitoIdentityProviderException e) {
            // Any other refusal of the token (4xx but throttling) is the token's fault: 401. Only
            // an identity provider that fails or cannot be reached is a 503.
            if (e.statusCode() >= 400 && e.statusCode() < 500 && e.statusCode() != 429) {
              throw new AuthProblems.InvalidCredentials();
            }
            throw e;
          }
        });
  }

  private String secretHash(String username) {
    return settings
        .clientSecret()
        .map(secret -> SecretHash.of(username, settings.clientId(), secret))
        .orElse(null);
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static Optional<String> value(List<AttributeType> attributes, String name) {
    return attributes.stream()
        .filter(a -> name.equals(a.name()))
        .map(AttributeType::value)
        .findFirst();
  }
}
