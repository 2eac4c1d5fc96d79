package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CognitoSettingsTest {

  @Test
  void derivesIssuerAndJwksFromRegionAndPool() {
    CognitoSettings settings =
        settings(List.of("abc", " def "), Optional.empty(), Optional.empty());
    assertEquals(
        "https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Pool", settings.issuer());
    assertEquals(
        URI.create(
            "https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Pool/.well-known/jwks.json"),
        settings.jwksUrl());
    assertEquals(List.of("abc", "def"), settings.clientIds());
    assertEquals("abc", settings.clientId());
  }

  @Test
  void aStandInNamesItsOwnIssuer() {
    CognitoSettings settings =
        settings(List.of("abc"), Optional.of("http://127.0.0.1:9229/local_x"), Optional.empty());
    assertEquals(
        URI.create("http://127.0.0.1:9229/local_x/.well-known/jwks.json"), settings.jwksUrl());
  }

  @Test
  void anExplicitJwksUrlWins() {
    URI jwks = URI.create("http://127.0.0.1:9094/jwks.json");
    assertEquals(jwks, settings(List.of("abc"), Optional.empty(), Optional.of(jwks)).jwksUrl());
  }

  @Test
  void refusesAnEmptyClientList() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> settings(List.of(" ", " "), Optional.empty(), Optional.empty()));
    assertEquals("auth.cognito.client-ids names no client", refused.getMessage());
  }

  @Test
  void refusesThePlaceholderPool() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> signIn("us-east-1_CHANGEME", 5, Duration.ofMinutes(15)));
    assertEquals("auth.cognito.user-pool-id is not set", refused.getMessage());
  }

  @Test
  void signInThrottleSettingsNameTheirKeyWhenWrong() {
    assertEquals(
        "auth.signin.max-failures must be at least 1, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> signIn("eu-central-1_Pool", 0, Duration.ofMinutes(15)))
            .getMessage());
    assertEquals(
        "auth.signin.lockout-window must not be negative, was PT-1M",
        assertThrows(
                IllegalArgumentException.class,
                () -> signIn("eu-central-1_Pool", 5, Duration.ofMinutes(-1)))
            .getMessage());
    assertEquals(
        "auth.signin.max-failures-per-email must be at least auth.signin.max-failures (5), was 4",
        assertThrows(
                IllegalArgumentException.class,
                () -> signIn("eu-central-1_Pool", 5, 4, Duration.ofMinutes(15)))
            .getMessage());
    CognitoSettings settings = signIn("eu-central-1_Pool", 3, 30, Duration.ofMinutes(2));
    assertEquals(3, settings.signInMaxFailures());
    assertEquals(30, settings.signInMaxFailuresPerEmail());
    assertEquals(Duration.ofMinutes(2), settings.signInLockoutWindow());
  }

  private static CognitoSettings settings(
      List<String> clientIds, Optional<String> issuer, Optional<URI> jwks) {
    return new CognitoSettings(
        "eu-central-1",
        "eu-central-1_Pool",
        clientIds,
        Optional.of(" "),
        Optional.empty(),
        issuer,
        jwks,
        5,
        50,
        Duration.ofMinutes(15));
  }

  private static CognitoSettings signIn(String pool, int maxFailures, Duration window) {
    return signIn(pool, maxFailures, 50, window);
  }

  private static CognitoSettings signIn(
      String pool, int maxFailures, int maxFailuresPerEmail, Duration window) {
    return new CognitoSettings(
        "eu-central-1",
        pool,
        List.of("abc"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        maxFailures,
        maxFailuresPerEmail,
        window);
  }
}
