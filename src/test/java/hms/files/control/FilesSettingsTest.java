package hms.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
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
    assertThrows(IllegalArgumentException.class, () -> settings(expiry));
  }

  @Test
  void blankEndpointMeansAws() {
    assertEquals(
        Optional.empty(),
        new FilesSettings("us-east-1", "b", Optional.of(""), "PT1H", "text/plain", 10).endpoint());
  }

  @Test
  void allowedTypesAreALowerCaseSet() {
    FilesSettings settings =
        new FilesSettings("r", "b", Optional.empty(), "PT1H", " Image/PNG , ,text/csv", 5);
    assertEquals(java.util.Set.of("image/png", "text/csv"), settings.allowedContentTypes());
    assertEquals(5, settings.maxSize());
  }

  private static FilesSettings settings(String expiry) {
    return new FilesSettings("us-east-1", "bucket", Optional.empty(), expiry, "text/plain", 10);
  }
}
