package hms.idempotency.entity;

import java.time.Instant;

/**
 * The answer a request with an idempotency key got, kept to be given again: its status, the headers
 * a client acts on ({@code Location}, {@code ETag}, {@code Content-Type}; null when the answer had
 * none), the body as sent, and the request's fingerprint it answers.
 */
public record StoredAnswer(
    String fingerprint,
    int status,
    String location,
    String etag,
    String contentType,
    byte[] body,
    Instant expiresAt) {

  public boolean expiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  public boolean answers(String requestFingerprint) {
    return fingerprint.equals(requestFingerprint);
  }
}
