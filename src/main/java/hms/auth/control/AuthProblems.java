package hms.auth.control;

import hms.problems.boundary.Problem;
import hms.problems.boundary.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** The failures of authentication a client can act on, each with its own problem type. */
public final class AuthProblems {
  private AuthProblems() {}

  /** The e-mail is registered already. */
  public static final class AccountExists extends ProblemException {
    public AccountExists() {
      super(
          Status.CONFLICT,
          "account-exists",
          "Account Exists",
          "An account with this e-mail exists already. Sign in, or reset the password.");
    }
  }

  /** The password breaks one or more rules of the policy; each rule is one error. */
  public static final class PasswordRejected extends ProblemException {
    public PasswordRejected(List<String> brokenRules) {
      super(
          Status.BAD_REQUEST,
          "password-policy",
          "Password Too Weak",
          "The password must contain " + String.join(", ", brokenRules) + ".",
          brokenRules.stream()
              .map(rule -> new Problem.FieldError("password", "must contain " + rule))
              .toList());
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
    }
  }
}
