package hms.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {
  @Test
  void keepsAnIdentityProvidersNameOnlyWhenARequestCouldHaveGivenIt() {
    assertEquals("Grace Hopper", DisplayNames.fromIdentityProvider("\u00a0 Grace Hopper "));
    assertNull(DisplayNames.fromIdentityProvider(null));
    assertNull(DisplayNames.fromIdentityProvider("   "));
    assertNull(DisplayNames.fromIdentityProvider("Ada\u0007"));
    assertNull(DisplayNames.fromIdentityProvider("Dr \u202eevil"));
    assertNull(DisplayNames.fromIdentityProvider("\u3164"));
    assertNull(DisplayNames.fromIdentityProvider("x".repeat(101)));
    assertEquals("x".repeat(100), DisplayNames.fromIdentityProvider("x".repeat(100)));
  }
}
