package hms.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies proxies =
      new TrustedProxies(Optional.of("10.0.0.0/8, 192.0.2.1 ,fd00::/8"));

  @Test
  void trustsNobodyByDefault() {
    TrustedProxies none = new TrustedProxies(Optional.empty());
    assertEquals("10.0.0.5", none.clientOf("10.0.0.5", List.of("203.0.113.9")));
    assertEquals(
        "10.0.0.5", new TrustedProxies(Optional.of(" ")).clientOf("10.0.0.5", List.of("1.2.3.4")));
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItSays() {
    assertEquals("198.51.100.1", proxies.clientOf("198.51.100.1", List.of("203.0.113.9")));
  }

  @Test
  void takesTheRightMostHopThatIsNoTrustedProxy() {
    assertEquals("203.0.113.9", proxies.clientOf("10.1.2.3", List.of("203.0.113.9")));
    assertEquals(
        "203.0.113.9",
        proxies.clientOf("10.1.2.3", List.of("1.1.1.1, 6.6.6.6", "203.0.113.9, 192.0.2.1")));
    assertEquals("10.0.0.1", proxies.clientOf("10.1.2.3", List.of("10.0.0.1, 10.0.0.2")));
    assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", List.of()));
  }

  @Test
  void readsHopsWithPortsAndIpv6() {
    assertEquals("203.0.113.9", proxies.clientOf("10.1.2.3", List.of("203.0.113.9:51234")));
    assertEquals(
        "2001:db8:0:0:0:0:0:1", proxies.clientOf("10.1.2.3", List.of("[2001:db8::1]:443")));
    assertEquals(
        "2001:db8:0:0:0:0:0:7", proxies.clientOf("fd00:0:0:0:0:0:0:2", List.of("2001:db8::7")));
    assertEquals("203.0.113.9", proxies.clientOf("10.1.2.3", List.of("::ffff:203.0.113.9")));
  }

  @Test
  void aHopThatIsNoAddressEndsTheWalkAtTheProxyThatPassedItOn() {
    assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", List.of("unknown")));
    assertEquals("10.0.0.9", proxies.clientOf("10.1.2.3", List.of("evil.example, 10.0.0.9")));
    assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", List.of("203.0.113.9, 999.1.1.1")));
  }

  @Test
  void aBadEntryNamesTheKey() {
    for (String bad : List.of("proxy.internal", "10.0.0.0/33", "10.0.0.0/", "::1/129", "1.2.3")) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Optional.of(bad)));
      assertEquals(
          "web.trusted-proxies: not an IP address or CIDR block: \"" + bad + "\"",
          refused.getMessage());
    }
  }
}
