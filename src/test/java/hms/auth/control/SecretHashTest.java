package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretHashTest {

  @Test
  void isTheBase64HmacOfUsernameAndClientId() {
    // Computed independently: printf 'hms@example.org1example' | openssl dgst -sha256
    //   -hmac s3cr3t -binary | base64
    assertEquals(
        "dRsELt/zuidI7YbbLFJj2Lm+zKy9WMKHLl5DdqGBbz0=",
        SecretHash.of("hms@example.org", "1example", "s3cr3t"));
  }
}
