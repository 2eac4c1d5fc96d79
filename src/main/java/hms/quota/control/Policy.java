package hms.quota.control;

import java.time.Duration;

/**
 * One quota: {@code requests} per {@code window}, named as in the {@code RateLimit-Policy} header
 * ({@code "user";q=6000;w=1}).
 */
public record Policy(String name, long requests, Duration window) {

  static Policy of(String name, String key, long requests, Duration window) {
    if (requests < 1) {
      throw new IllegalArgumentException(key + ".requests must be at least 1, was " + requests);
    }
    if (window.isNegative()
        || window.toSeconds() < 1
        || window.toNanosPart() != 0
        || window.toSeconds() > Duration.ofDays(1).toSeconds()) {
      throw new IllegalArgumentException(
          key + ".window must be whole seconds from PT1S to P1D, was " + window);
    }
    return new Policy(name, requests, window);
  }

  /** This policy as an item of {@code RateLimit-Policy}. */
  String header() {
    return "\"" + name + "\";q=" + requests + ";w=" + window.toSeconds();
  }
}
