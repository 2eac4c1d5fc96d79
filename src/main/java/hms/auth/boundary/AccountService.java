package hms.auth.boundary;

import hms.auth.control.AuthProblems;
import hms.auth.control.CognitoDirectory;
import hms.auth.entity.PasswordPolicy;
import hms.auth.entity.SignUpResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The account use cases: one public method each. */
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

  /** Registers a user; the e-mail, lower-cased, is the username. */
  public SignUpResult signUp(String email, String password, String name) {
    List<String> broken = PasswordPolicy.brokenRules(password);
    if (!broken.isEmpty()) {
      throw new AuthProblems.PasswordRejected(broken);
    }
    return directory.signUp(email.trim().toLowerCase(Locale.ROOT), password, name.trim());
  }
}
