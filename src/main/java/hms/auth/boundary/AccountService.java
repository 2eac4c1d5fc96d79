package hms.auth.boundary;

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

  public SignUpResult signUp(String email, String password, String name) {
    requireStrong("password", password);
    return directory.signUp(EmailAddress.normalize(email), password, name.trim());
  }

  public void confirm(String email, String code) {
    directory.confirmSignUp(EmailAddress.normalize(email), code);
  }

  public void resendCode(String email) {
    directory.resendConfirmationCode(EmailAddress.normalize(email));
  }

  public void forgotPassword(String email) {
    directory.forgotPassword(EmailAddress.normalize(email));
  }

  public void resetPassword(String email, String code, String newPassword) {
    requireStrong("newPassword", newPassword);
    directory.confirmForgotPassword(EmailAddress.normalize(email), code, newPassword);
  }

  static void requireStrong(String field, String password) {
    List<String> broken = PasswordPolicy.brokenRules(password);
    if (!broken.isEmpty()) {
      throw new AuthProblems.PasswordRejected(field, broken);
    }
  }
}
