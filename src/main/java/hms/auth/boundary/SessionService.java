package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AttemptThrottle;
import hms.auth.control.AttemptThrottle.Step;
import hms.auth.control.AuthProblems;
import hms.auth.control.CognitoDirectory;
import hms.auth.control.CognitoSessions;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.SignInOutcome;
import hms.auth.entity.SignedIn;
import hms.auth.entity.Tokens;
import hms.auth.entity.UserProfile;
import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import hms.web.boundary.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sign-in use cases, one public method each. Each completed sign-in publishes {@link SignedIn}
 * with the person's profile (one GetUser with the new access token), for the hospitals to keep
 * their members' e-mails and names current; that never fails the sign-in. Sign-ins are counted by
 * outcome: {@code success} (tokens, or the challenge a correct password leads to), {@code
 * throttled} (refused before Cognito was asked), {@code failure} (anything else).
 */
@ApplicationScoped
public class SessionService {
  private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

  private final CognitoSessions sessions;
  private final CognitoDirectory directory;
  private final AttemptThrottle throttle;
  private final ClientAddress client;
  private final Event<SignedIn> signedIn;
  private final Counter signIns;

  /** For the CDI proxy only. */
  protected SessionService() {
    this(null, null, null, null, null, Metrics.none());
  }

  @Inject
  public SessionService(
      CognitoSessions sessions,
      CognitoDirectory directory,
      AttemptThrottle throttle,
      ClientAddress client,
      Event<SignedIn> signedIn,
      Metrics metrics) {
    this.sessions = sessions;
    this.directory = directory;
    this.throttle = throttle;
    this.client = client;
    this.signedIn = signedIn;
    this.signIns =
        metrics
            .counter("hms.signins", "Sign-ins with a password, by outcome", "outcome")
            .startingAtZero("success", "failure", "throttled");
  }

  /** Throttled per e-mail and client address: a locked one is refused before Cognito is asked. */
  @Guarded(Rule.SIGN_IN)
  public SignInOutcome signIn(String email, String password) {
    String username = EmailAddress.normalize(email);
    SignInOutcome outcome;
    try {
      outcome =
          throttle.attempt(
              Step.SIGN_IN, username, client.value(), () -> sessions.signIn(username, password));
    } catch (AuthProblems.SignInLocked e) {
      signIns.increment("throttled");
      throw e;
    } catch (RuntimeException e) {
      signIns.increment("failure");
      throw e;
    }
    signIns.increment("success");
    outcome.tokens().ifPresent(this::announce);
    return outcome;
  }

  /** Throttled like sign-in: the session is the secret a wrong answer guesses at. */
  @Guarded(Rule.SIGN_IN)
  public Tokens setNewPassword(String email, String session, String newPassword) {
    String username = EmailAddress.normalize(email);
    Tokens tokens =
        throttle.attempt(
            Step.CHALLENGE,
            username,
            client.value(),
            () -> {
              AccountService.requireStrong("newPassword", newPassword);
              return sessions.setNewPassword(username, session, newPassword);
            });
    announce(tokens);
    return tokens;
  }

  @Guarded(Rule.SIGN_IN)
  public Tokens refresh(String email, String refreshToken) {
    return sessions.refresh(EmailAddress.normalize(email), refreshToken);
  }

  @Guarded(Rule.OWN_SESSION)
  public void signOut(String refreshToken) {
    sessions.revoke(refreshToken);
  }

  /**
   * Publishes the sign-in with the person's profile. The sign-in has succeeded whatever comes of
   * it: a failure (the identity provider, an observer's database) is logged, by class and the sub
   * only (never a token, an e-mail or a name), and the person is signed in all the same; their
   * memberships catch up at the next sign-in.
   */
  private void announce(Tokens tokens) {
    String sub = null;
    try {
      UserProfile person = directory.profile(tokens.accessToken());
      sub = person.sub();
      signedIn.fire(new SignedIn(person));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "After the sign-in of {0}, refreshing their memberships failed: {1}",
          new Object[] {sub == null ? "(profile not read)" : sub, e.getClass().getName()});
    }
  }

  /** The caller's profile, asked of Cognito with their own access token. */
  @Guarded(Rule.OWN_SESSION)
  public UserProfile profile(Caller caller) {
    return directory.profile(caller.rawToken());
  }
}
