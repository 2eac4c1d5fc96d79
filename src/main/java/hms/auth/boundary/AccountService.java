package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AttemptThrottle;
import hms.auth.control.AttemptThrottle.Step;
import hms.auth.control.AuthProblems;
import hms.auth.control.CognitoDirectory;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.InvitationResend;
import hms.auth.entity.PasswordPolicy;
import hms.auth.entity.UserProfile;
import hms.web.boundary.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The account use cases, one public method each. E-mails are usernames, lower-cased. Codes are
 * throttled like passwords ({@link AttemptThrottle}).
 */
@ApplicationScoped
public class AccountService {
  private final CognitoDirectory directory;
  private final AttemptThrottle throttle;
  private final ClientAddress client;

  /** For the CDI proxy only. */
  protected AccountService() {
    this(null, null, null);
  }

  @Inject
  public AccountService(
      CognitoDirectory directory, AttemptThrottle throttle, ClientAddress client) {
    this.directory = directory;
    this.throttle = throttle;
    this.client = client;
  }

  /**
   * Registers the e-mail, or, when it has an account already, does nothing: the caller cannot tell
   * which (Cognito's own answer would tell).
   */
  @Guarded(Rule.ACCOUNT)
  public void signUp(String email, String password, String name) {
    requireStrong("password", password);
    directory.signUp(EmailAddress.normalize(email), password, name.trim());
  }

  @Guarded(Rule.ACCOUNT)
  public void confirm(String email, String code) {
    String username = EmailAddress.normalize(email);
    throttle.attempt(
        Step.CONFIRM, username, client.value(), () -> directory.confirmSignUp(username, code));
  }

  @Guarded(Rule.ACCOUNT)
  public void resendCode(String email) {
    directory.resendConfirmationCode(EmailAddress.normalize(email));
  }

  @Guarded(Rule.ACCOUNT)
  public void forgotPassword(String email) {
    directory.forgotPassword(EmailAddress.normalize(email));
  }

  /** A reset with the e-mailed code also releases the e-mail's locked sign-in. */
  @Guarded(Rule.ACCOUNT)
  public void resetPassword(String email, String code, String newPassword) {
    String username = EmailAddress.normalize(email);
    throttle.attempt(
        Step.RESET_PASSWORD,
        username,
        client.value(),
        () -> {
          requireStrong("newPassword", newPassword);
          directory.confirmForgotPassword(username, code, newPassword);
        });
    throttle.releaseSignIn(username);
  }

  /** The rule a new password must meet, for clients to show. */
  @Guarded(Rule.ACCOUNT)
  public PasswordPolicyResponse passwordPolicy() {
    return PasswordPolicyResponse.current();
  }

  /**
   * The user with this e-mail, invited by the identity provider when unknown: their sub, e-mail and
   * (when the identity provider has one) name. For adding a member or creating a hospital, each
   * guarded and audited itself.
   */
  @Guarded(Rule.ACCOUNT_INVITE)
  public UserProfile invite(String email) {
    return directory.findOrInvite(EmailAddress.normalize(email));
  }

  /**
   * Sends the invitation of a user who has not chosen a password yet again; for a member's
   * invitation sent again, which is guarded and audited itself.
   */
  @Guarded(Rule.ACCOUNT_INVITE)
  public InvitationResend resendInvitation(String email) {
    return directory.resendInvitation(EmailAddress.normalize(email));
  }

  static void requireStrong(String field, String password) {
    List<String> broken = PasswordPolicy.brokenRules(password);
    if (!broken.isEmpty()) {
      throw new AuthProblems.PasswordRejected(field, broken);
    }
  }
}
