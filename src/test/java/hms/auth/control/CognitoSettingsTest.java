package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CognitoSettingsTest {

  @Test
  void derivesIssuerAndJwksFromRegionAndPool() {
    CognitoSettings settings = settings("abc, def ", Optional.empty(), Optional.empty());
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
        settings("abc", Optional.of("http://127.0.0.1:9229/local_x"), Optional.empty());
    assertEquals(
        URI.create("http://127.0.0.1:9229/local_x/.well-known/jwks.json"), settings.jwksUrl());
  }

  @Test
  void refusesAnEmptyClientList() {
    assertThrows(
        IllegalArgumentException.class, () -> settings(" , ", Optional.empty(), Optional.empty()));
  }

  private static CognitoSettings settings(
      String clientIds, Optional<String> issuer, Optional<String> jwks) {
    return new CognitoSettings(
        "eu-central-1",
        "eu-central-1_Pool",
        clientIds,
        Optional.of(" "),
        Optional.empty(),
        issuer,
        jwks);
  }
}
