package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AuthProblems;
import hms.auth.control.CognitoDirectory;
import hms.auth.control.CognitoSessions;
import hms.auth.control.SignInThrottle;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.SignInOutcome;
import hms.auth.entity.Tokens;
import hms.auth.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The sign-in use cases, one public method each. */
@ApplicationScoped
public class SessionService {
  private final CognitoSessions sessions;
  private final CognitoDirectory directory;
  private final SignInThrottle throttle;

  /** For the CDI proxy only. */
  protected SessionService() {
    this(null, null, null);
  }

  @Inject
  public SessionService(
      CognitoSessions sessions, CognitoDirectory directory, SignInThrottle throttle) {
    this.sessions = sessions;
    this.directory = directory;
    this.throttle = throttle;
  }

  /** Counts failures per e-mail; a locked e-mail is refused before Cognito is asked. */
  @Guarded(Rule.SIGN_IN)
  public SignInOutcome signIn(String email, String password) {
    String username = EmailAddress.normalize(email);
    throttle.checkAllowed(username);
    try {
      SignInOutcome outcome = sessions.signIn(username, password);
      throttle.recordSuccess(username);
      return outcome;
    } catch (AuthProblems.InvalidCredentials e) {
      throttle.recordFailure(username);
      throw e;
    }
  }

  @Guarded(Rule.SIGN_IN)
  public Tokens setNewPassword(String email, String session, String newPassword) {
    AccountService.requireStrong("newPassword", newPassword);
    return sessions.setNewPassword(EmailAddress.normalize(email), session, newPassword);
  }

  @Guarded(Rule.SIGN_IN)
  public Tokens refresh(String email, String refreshToken) {
    return sessions.refresh(EmailAddress.normalize(email), refreshToken);
  }

  @Guarded(Rule.OWN_SESSION)
  public void signOut(String refreshToken) {
    sessions.revoke(refreshToken);
  }

  /** The caller's profile, asked of Cognito with their own access token. */
  @Guarded(Rule.OWN_SESSION)
  public UserProfile profile(Caller caller) {
    return directory.profile(caller.rawToken());
  }
}
