package hms.quota.control;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

/** The quota's one refusal. */
public final class QuotaProblems {
  private QuotaProblems() {}

  /** A policy's quota is spent: 429 with when to come back and the state of every policy. */
  public static final class Exceeded extends ProblemException {
    public Exceeded(Verdict verdict) {
      super(
          Status.TOO_MANY_REQUESTS,
          "quota-exceeded",
          "Request Quota Exceeded",
          verdict.refusedBy().orElseThrow().name().equals("user")
              ? "You have sent more requests than your quota allows. Try again after "
                  + verdict.retryAfterSeconds()
                  + " seconds."
              : "This hospital's members have sent more requests than its quota allows. Try"
                  + " again after "
                  + verdict.retryAfterSeconds()
                  + " seconds.");
      withHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
      withHeader(Verdict.RATE_LIMIT, verdict.rateLimit());
      withHeader(Verdict.RATE_LIMIT_POLICY, verdict.rateLimitPolicy());
    }
  }
}
