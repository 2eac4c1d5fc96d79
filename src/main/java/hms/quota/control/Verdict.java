package hms.quota.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the quotas said about one request: what each policy has left, and the policy that refused
 * it, if one did. Written as the header fields of draft-ietf-httpapi-ratelimit-headers-10.
 */
public record Verdict(List<State> states, Optional<Policy> refusedBy, long retryAfterSeconds) {
  public static final String RATE_LIMIT = "RateLimit";
  public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

  /** A policy's units left ({@code r}) and the seconds until it is whole again ({@code t}). */
  public record State(Policy policy, long remaining, long secondsToReset) {
    String header() {
      return "\"" + policy.name() + "\";r=" + remaining + ";t=" + secondsToReset;
    }
  }

  static Verdict served(List<State> states) {
    return new Verdict(List.copyOf(states), Optional.empty(), 0);
  }

  static Verdict refused(State state, long retryAfterSeconds) {
    return new Verdict(List.of(state), Optional.of(state.policy()), retryAfterSeconds);
  }

  public boolean served() {
    return refusedBy.isEmpty();
  }

  /** The {@code RateLimit} field: each policy the request was counted against. */
  public String rateLimit() {
    return states.stream().map(State::header).collect(Collectors.joining(", "));
  }

  /** The {@code RateLimit-Policy} field: the policies of those states. */
  public String rateLimitPolicy() {
    return states.stream().map(s -> s.policy().header()).collect(Collectors.joining(", "));
  }
}
