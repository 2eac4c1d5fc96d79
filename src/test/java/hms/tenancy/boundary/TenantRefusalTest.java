package hms.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TenantRefusalTest {

  @Test
  void replacesControlCharactersAndKeepsTheRest() {
    assertEquals("a?b?c\u0430", TenantRefusal.printable("a\u0000b\u007fc\u0430"));
  }

  @Test
  void cutsAtSixtyFourCodePointsWithoutSplittingOne() {
    String emoji = "\uD83D\uDE00";
    assertEquals("x".repeat(64), TenantRefusal.printable("x".repeat(200)));
    assertEquals(emoji.repeat(64), TenantRefusal.printable(emoji.repeat(65)));
  }
}
