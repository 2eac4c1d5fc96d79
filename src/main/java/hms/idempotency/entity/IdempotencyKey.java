package hms.idempotency.entity;

import java.util.List;
import java.util.Optional;

/**
 * The client's {@code Idempotency-Key}: 1 to 255 visible ASCII characters (a UUID, or any opaque
 * string). The IETF draft makes the field a Structured Field string, so a quoted value is accepted
 * and unquoted; most clients send it bare, which is accepted too.
 */
public record IdempotencyKey(String value) {
  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (!valid(value)) {
      throw new IllegalArgumentException("Not an idempotency key");
    }
  }

  /**
   * The key the request's header values carry, empty without the header.
   *
   * @throws IllegalArgumentException when the header is repeated or its value is no key
   */
  public static Optional<IdempotencyKey> of(List<String> headerValues) {
    if (headerValues == null || headerValues.isEmpty()) {
      return Optional.empty();
    }
    if (headerValues.size() != 1) {
      throw new IllegalArgumentException("More than one " + HEADER);
    }
    return Optional.of(parse(headerValues.get(0)));
  }

  /** One header value, quoted ({@code "abc"}) or bare ({@code abc}). */
  public static IdempotencyKey parse(String headerValue) {
    String value = headerValue.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!valid(value)) {
      throw new IllegalArgumentException("Not an idempotency key");
    }
    return new IdempotencyKey(value);
  }

  private static boolean valid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    // Visible ASCII only: no space, quote or backslash, so a bare and a quoted key read alike.
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\');
  }
}
