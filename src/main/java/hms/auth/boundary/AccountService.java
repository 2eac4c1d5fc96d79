package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AuthProblems;
import hms.auth.control.CognitoDirectory;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.PasswordPolicy;
import hms.auth.entity.SignUpResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The account use cases, one public method each. E-mails are usernames, lower-cased. */
@ApplicationScoped
public class AccountService {
  private final CognitoDirectory directory;

  /** For the CDI proxy only. */
  protected AccountService() {
    this(null);
  }

  @Inject
  public AccountService(CognitoDirectory directory) {
    this.directory = directory;
  }

  @Guarded(Rule.ACCOUNT)
  public SignUpResult signUp(String email, String password, String name) {
    requireStrong("password", password);
    return directory.signUp(EmailAddress.normalize(email), password, name.trim());
  }

  @Guarded(Rule.ACCOUNT)
  public void confirm(String email, String code) {
    directory.confirmSignUp(EmailAddress.normalize(email), code);
  }

  @Guarded(Rule.ACCOUNT)
  public void resendCode(String email) {
    directory.resendConfirmationCode(EmailAddress.normalize(email));
  }

  @Guarded(Rule.ACCOUNT)
  public void forgotPassword(String email) {
    directory.forgotPassword(EmailAddress.normalize(email));
  }

  @Guarded(Rule.ACCOUNT)
  public void resetPassword(String email, String code, String newPassword) {
    requireStrong("newPassword", newPassword);
    directory.confirmForgotPassword(EmailAddress.normalize(email), code, newPassword);
  }

  /**
   * The user with this e-mail, invited by the identity provider when unknown: its sub. For adding a
   * member or creating a hospital, each guarded and audited itself.
   */
  @Guarded(Rule.ACCOUNT_INVITE)
  public String invite(String email) {
    return directory.findOrInvite(EmailAddress.normalize(email));
  }

  static void requireStrong(String field, String password) {
    List<String> broken = PasswordPolicy.brokenRules(password);
    if (!broken.isEmpty()) {
      throw new AuthProblems.PasswordRejected(field, broken);
    }
  }
}
