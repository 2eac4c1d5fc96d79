package hms.idempotency.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests the same one: method, path with query, and body, as a SHA-256 in hex. The
 * body is compared byte for byte: a client retries by resending the same bytes.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(String method, String pathAndQuery, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + ' ' + pathAndQuery + '\n').getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
