package hms.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSettingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"en-GB", "de-DE", "en-US", "fr-FR", "ne-NP", "en", "sr-Latn-RS"})
  void takesTheLocalesTheJdkKnowsSpeltAsJavaSpellsThem(String tag) {
    assertTrue(TenantSettings.isLocale(tag));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "en_GB",
        "en-gb",
        "EN-GB",
        "english",
        "xx-YY",
        "und",
        "en-GB-u-ca-buddhist",
        "x-klingon",
        "en-",
        "-GB",
        "de-DE ",
        "qq"
      })
  void refusesAnythingElse(String tag) {
    assertFalse(TenantSettings.isLocale(tag));
  }
}
