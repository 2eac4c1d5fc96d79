package hms.web.boundary;

import hms.web.control.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The address the request came from, for everything that keys on or records it (the sign-in
 * throttle, the audit trail): the connection's peer, or what a trusted proxy says in {@code
 * X-Forwarded-For} ({@link TrustedProxies}). The only place that reads that header.
 */
@RequestScoped
public class ClientAddress {
  static final String FORWARDED_FOR = "X-Forwarded-For";

  private final HttpServletRequest request;
  private final TrustedProxies proxies;
  private String value;

  /** For the CDI proxy only. */
  protected ClientAddress() {
    this(null, null);
  }

  @Inject
  public ClientAddress(HttpServletRequest request, TrustedProxies proxies) {
    this.request = request;
    this.proxies = proxies;
  }

  /** The client's IP address, e.g. {@code 203.0.113.7} or {@code 2001:db8:0:0:0:0:0:1}. */
  public String value() {
    if (value == null) {
      value =
          proxies.clientOf(
              request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }
    return value;
  }
}
