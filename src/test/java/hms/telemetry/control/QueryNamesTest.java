package hms.telemetry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryNamesTest {
  @Test
  void keepsTheNamesAndReplacesEveryValue() {
    assertEquals("q=?&email=?&page", QueryNames.of("q=Quarrington&email=zeb%40example.org&page"));
    assertEquals("size=?&sort=?", QueryNames.of("size=20&sort=familyName,asc"));
    assertEquals("q=?", QueryNames.of("q="));
  }

  @Test
  void aNameThatIsNoIdentifierIsReplacedToo() {
    assertEquals("?=?&?", QueryNames.of("Jane%20Doe=1&zeb@example.org"));
    assertEquals("?", QueryNames.of("x".repeat(41)));
  }

  @Test
  void noQueryStaysNone() {
    assertNull(QueryNames.of(null));
    assertEquals("", QueryNames.of(""));
  }
}
