package hms.idempotency.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertEquals(
        Fingerprint.of("POST", "/api/patients", BODY),
        Fingerprint.of("POST", "/api/patients", BODY));
    assertEquals(64, Fingerprint.of("POST", "/api/patients", BODY).length());
  }

  @Test
  void methodPathAndBodyEachCount() {
    String base = Fingerprint.of("POST", "/api/patients", BODY);
    assertNotEquals(base, Fingerprint.of("PUT", "/api/patients", BODY));
    assertNotEquals(base, Fingerprint.of("POST", "/api/files", BODY));
    assertNotEquals(base, Fingerprint.of("POST", "/api/patients?x=1", BODY));
    assertNotEquals(
        base,
        Fingerprint.of("POST", "/api/patients", "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
  }
}
