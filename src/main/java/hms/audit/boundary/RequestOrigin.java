package hms.audit.boundary;

import hms.web.boundary.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Where the request came from, as its audit events record it. */
@RequestScoped
public class RequestOrigin {
  static final String REQUEST_ID_HEADER = "X-Request-ID";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final HttpServletRequest request;
  private final ClientAddress client;
  private String requestId;

  /** For the CDI proxy only. */
  protected RequestOrigin() {
    this(null, null);
  }

  @Inject
  public RequestOrigin(HttpServletRequest request, ClientAddress client) {
    this.request = request;
    this.client = client;
  }

  /** The client's X-Request-ID when it is sane, otherwise one made for this request. */
  public String requestId() {
    if (requestId == null) {
      String given = request.getHeader(REQUEST_ID_HEADER);
      requestId =
          given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
    return requestId;
  }

  /** The client's address, as the sign-in throttle sees it too (trusted proxies considered). */
  public String clientIp() {
    return client.value();
  }
}
