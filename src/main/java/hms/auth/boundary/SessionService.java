package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AttemptThrottle;
import hms.auth.control.AttemptThrottle.Step;
import hms.auth.control.CognitoDirectory;
import hms.auth.control.CognitoSessions;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.SignInOutcome;
import hms.auth.entity.Tokens;
import hms.auth.entity.UserProfile;
import hms.web.boundary.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The sign-in use cases, one public method each. */
@ApplicationScoped
public class SessionService {
  private final CognitoSessions sessions;
  private final CognitoDirectory directory;
  private final AttemptThrottle throttle;
  private final ClientAddress client;

  /** For the CDI proxy only. */
  protected SessionService() {
    this(null, null, null, null);
  }

  @Inject
  public SessionService(
      CognitoSessions sessions,
      CognitoDirectory directory,
      AttemptThrottle throttle,
      ClientAddress client) {
    this.sessions = sessions;
    this.directory = directory;
    this.throttle = throttle;
    this.client = client;
  }

  /** Throttled per e-mail and client address: a locked one is refused before Cognito is asked. */
  @Guarded(Rule.SIGN_IN)
  public SignInOutcome signIn(String email, String password) {
    String username = EmailAddress.normalize(email);
    return throttle.attempt(
        Step.SIGN_IN, username, client.value(), () -> sessions.signIn(username, password));
  }

  /** Throttled like sign-in: the session is the secret a wrong answer guesses at. */
  @Guarded(Rule.SIGN_IN)
  public Tokens setNewPassword(String email, String session, String newPassword) {
    String username = EmailAddress.normalize(email);
    return throttle.attempt(
        Step.CHALLENGE,
        username,
        client.value(),
        () -> {
          AccountService.requireStrong("newPassword", newPassword);
          return sessions.setNewPassword(username, session, newPassword);
        });
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
