package hms.web.entity;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One address or CIDR block of trusted proxies ({@code 10.0.0.7}, {@code 10.0.0.0/8}, {@code ::1},
 * {@code fd00::/8}). Parsing reads IP literals only and never asks DNS: a name is refused.
 */
public final class AddressRange {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  // Starts with a hex digit or a colon and has a colon: Java then parses it as a literal and never
  // falls back to a name lookup.
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");
  private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d[\\d.]*):\\d{1,5}");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)](?::\\d{1,5})?");

  private final byte[] network;
  private final int prefix;

  private AddressRange(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /** Refuses with a message naming the text when it is neither an address nor a CIDR block. */
  public static AddressRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    InetAddress address =
        literal(slash < 0 ? trimmed : trimmed.substring(0, slash))
            .orElseThrow(() -> notARange(text));
    int bits = address.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String length = trimmed.substring(slash + 1);
      if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
        throw notARange(text);
      }
      prefix = Integer.parseInt(length);
    }
    return new AddressRange(address.getAddress(), prefix);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The IP address a literal names, IPv4-mapped IPv6 as IPv4; empty for anything else (a host name,
   * {@code unknown}, garbage). Never a DNS lookup.
   */
  public static Optional<InetAddress> literal(String text) {
    Matcher v4 = IPV4.matcher(text);
    if (v4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(v4.group(i + 1));
        if (part > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) part;
      }
      return Optional.of(byAddress(bytes));
    }
    if (!IPV6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      // A text with a colon is parsed as an IPv6 literal or refused: never looked up.
      InetAddress address = InetAddress.getByName(text);
      return Optional.of(address);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /**
   * The address of one X-Forwarded-For hop, which some proxies write with a port ({@code
   * 1.2.3.4:5678}, {@code [2001:db8::1]:443}).
   */
  public static Optional<InetAddress> hop(String text) {
    String hop = text.trim();
    Matcher bracketed = BRACKETED.matcher(hop);
    if (bracketed.matches()) {
      return literal(bracketed.group(1));
    }
    Matcher withPort = IPV4_WITH_PORT.matcher(hop);
    if (withPort.matches()) {
      return literal(withPort.group(1)).filter(Inet4Address.class::isInstance);
    }
    return literal(hop);
  }

  private static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IllegalArgumentException notARange(String text) {
    return new IllegalArgumentException("not an IP address or CIDR block: \"" + text + "\"");
  }
}
