package hms.patients.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void foldsCaseAndAccents() {
    assertEquals("muller", SearchText.of("  Müller "));
    assertEquals("francois", SearchText.of("FRANÇOIS"));
    assertEquals("jurgen", SearchText.of("Ju\u0308rgen"));
  }

  @Test
  void phonesBecomeDigits() {
    assertEquals("4930123", SearchText.digits("+49 (30) 1-23"));
  }
}
