package hms.auth.control;

import hms.problems.entity.FieldError;
import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** The failures of authentication a client can act on, each with its own problem type. */
public final class AuthProblems {
  private AuthProblems() {}

  /** The password breaks one or more rules of the policy; each rule is one error. */
  public static final class PasswordRejected extends ProblemException {
    /** The user pool's policy is stricter than ours; its message is AWS's, so name it generally. */
    public static PasswordRejected byPool(String field) {
      return new PasswordRejected(field, List.of("what the user pool's password policy requires"));
    }

    public PasswordRejected(String field, List<String> brokenRules) {
      super(
          Status.BAD_REQUEST,
          "password-policy",
          "Password Too Weak",
          "The password must contain " + String.join(", ", brokenRules) + ".",
          brokenRules.stream().map(rule -> new FieldError(field, "must contain " + rule)).toList());
    }
  }

  /**
   * Unknown e-mail or wrong password: one answer for both, so that nobody learns which e-mails have
   * accounts.
   */
  public static final class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
      super(
          Status.UNAUTHORIZED,
          "invalid-credentials",
          "Invalid Credentials",
          "The e-mail or the password is wrong.");
      withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
  }

  /** Right password, but the e-mail was never confirmed. */
  public static final class NotConfirmed extends ProblemException {
    public NotConfirmed() {
      super(
          Status.FORBIDDEN,
          "account-not-confirmed",
          "Account Not Confirmed",
          "Confirm the e-mail with the code that was sent, or ask for a new code.");
    }
  }

  /** A confirmation or reset code that is wrong, expired or not for this account. */
  public static final class InvalidCode extends ProblemException {
    public InvalidCode() {
      super(
          Status.BAD_REQUEST,
          "invalid-code",
          "Invalid Code",
          "The code is wrong or has expired. Ask for a new one.");
    }
  }

  /** A challenge session that is unknown, expired or for another user. */
  public static final class InvalidChallenge extends ProblemException {
    public InvalidChallenge() {
      super(
          Status.BAD_REQUEST,
          "invalid-challenge",
          "Invalid Challenge Session",
          "The sign-in session has expired or does not match. Sign in again.");
    }
  }

  /** A refresh token that is unknown, revoked or expired. */
  public static final class InvalidRefreshToken extends ProblemException {
    public InvalidRefreshToken() {
      super(
          Status.UNAUTHORIZED,
          "invalid-refresh-token",
          "Invalid Refresh Token",
          "The refresh token is no longer valid. Sign in again.");
      withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
  }

  /**
   * Too many failed attempts for one e-mail at a throttled step (sign-in, a confirmation or reset
   * code, a challenge): wait before trying again. One type for every step, since a client does the
   * same for each: wait Retry-After seconds.
   */
  public static final class SignInLocked extends ProblemException {
    private SignInLocked(long retryAfterSeconds, String otherwise) {
      super(
          Status.TOO_MANY_REQUESTS,
          "sign-in-locked",
          "Too Many Failed Attempts",
          "Too many failed attempts for this e-mail. Try again in "
              + retryAfterSeconds
              + " seconds"
              + otherwise
              + ".");
      withHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    /** A password reset releases a locked sign-in, so it is the way out now. */
    public static SignInLocked signIn(long retryAfterSeconds) {
      return new SignInLocked(retryAfterSeconds, ", or reset the password");
    }

    public static SignInLocked otherStep(long retryAfterSeconds) {
      return new SignInLocked(retryAfterSeconds, "");
    }
  }

  /** A header longer than any credential this API issues: refused before it is parsed. */
  public static final class HeaderTooLarge extends ProblemException {
    public HeaderTooLarge(String header, int maxBytes) {
      super(
          Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
          "header-too-large",
          "Request Header Too Large",
          "The " + header + " header is over " + maxBytes + " bytes.",
          List.of(new FieldError(header, "must be at most " + maxBytes + " bytes")));
    }
  }

  /** Cognito throttles us. */
  public static final class TooManyRequests extends ProblemException {
    public TooManyRequests() {
      super(
          Status.TOO_MANY_REQUESTS,
          "too-many-requests",
          "Too Many Requests",
          "Too many requests to the identity provider; try again in a minute.");
      withHeader(HttpHeaders.RETRY_AFTER, "60");
    }
  }

  /** Cognito cannot be reached or failed. */
  public static final class IdentityProviderUnavailable extends ProblemException {
    public IdentityProviderUnavailable() {
      super(
          Status.SERVICE_UNAVAILABLE,
          "identity-provider-unavailable",
          "Identity Provider Unavailable",
          "Accounts cannot be managed right now; try again shortly.");
      withHeader(HttpHeaders.RETRY_AFTER, "10");
    }
  }
}
