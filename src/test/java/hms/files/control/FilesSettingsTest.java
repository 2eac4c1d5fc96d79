package hms.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesSettingsTest {

  @Test
  void presignedUrlsLiveOneHourByDefaultAndSevenDaysAtMost() {
    assertEquals(Duration.ofHours(1), settings("PT1H").presignExpiry());
    assertEquals(Duration.ofDays(7), settings("P7D").presignExpiry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P7DT1S", "PT0S", "-PT1H", "P8D"})
  void refusesExpiriesSigV4CannotSign(String expiry) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> settings(expiry));
    assertTrue(
        refused.getMessage().startsWith("files.presign.expiry must be "), refused.getMessage());
  }

  @Test
  void namesTheLimitItEnforces() {
    assertEquals(
        "files.presign.expiry must be at most P7D (SigV4's limit), was PT192H",
        assertThrows(IllegalArgumentException.class, () -> settings("P8D")).getMessage());
  }

  @Test
  void refusesAnEmptyMaximumSize() {
    assertEquals(
        "files.max-size must be at least 1 byte, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new FilesSettings(
                        "r", "b", Optional.empty(), Duration.ofHours(1), Set.of("text/plain"), 0))
            .getMessage());
  }

  @Test
  void allowedTypesAreALowerCaseSet() {
    FilesSettings settings =
        new FilesSettings(
            "r",
            "b",
            Optional.empty(),
            Duration.ofHours(1),
            Set.of(" Image/PNG ", " ", "text/csv"),
            5);
    assertEquals(Set.of("image/png", "text/csv"), settings.allowedContentTypes());
    assertEquals(5, settings.maxSize());
  }

  private static FilesSettings settings(String expiry) {
    return new FilesSettings(
        "us-east-1", "bucket", Optional.empty(), Duration.parse(expiry), Set.of("text/plain"), 10);
  }
}
