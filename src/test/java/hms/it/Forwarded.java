package hms.it;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests as the load balancer forwards them: sent from the address the test server trusts as a
 * proxy ({@code web.trusted-proxies}, a second loopback address), with the client's address in
 * {@code X-Forwarded-For}. Every other test connects from 127.0.0.1, which the server does not
 * trust, so its forwarding headers count for nothing.
 */
public final class Forwarded {
  private Forwarded() {}

  /** A POST with a JSON body that the trusted proxy forwards for {@code forwardedFor}. */
  public static Answer postJson(String path, String json, String forwardedFor) {
    return RawHttp.sendFrom(proxy(), "POST", path, Map.of("X-Forwarded-For", forwardedFor), json);
  }

  /** A GET with these headers that the trusted proxy forwards for {@code forwardedFor}. */
  public static Answer get(String path, Map<String, String> headers, String forwardedFor) {
    Map<String, String> forwarded = new LinkedHashMap<>(headers);
    forwarded.put("X-Forwarded-For", forwardedFor);
    return RawHttp.sendFrom(proxy(), "GET", path, forwarded, null);
  }

  /** The same POST sent straight from 127.0.0.1, with whatever headers an attacker likes. */
  public static Answer postJsonUntrusted(String path, String json, Map<String, String> headers) {
    return RawHttp.send("POST", path, headers, json);
  }

  private static InetAddress proxy() {
    try {
      return InetAddress.getByName(Api.stack("web.trusted-proxies"));
    } catch (UnknownHostException e) {
      throw new UncheckedIOException(e);
    }
  }
}
