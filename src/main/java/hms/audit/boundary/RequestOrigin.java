package hms.audit.boundary;

import hms.telemetry.boundary.RequestIds;
import hms.web.boundary.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the request came from, as its audit events record it. */
@RequestScoped
public class RequestOrigin {

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

  /** The request's id: the one its answer, its problem body and its log lines carry. */
  public String requestId() {
    if (requestId == null) {
      requestId = RequestIds.of(request);
    }
    return requestId;
  }

  /** The client's address, as the sign-in throttle sees it too (trusted proxies considered). */
  public String clientIp() {
    return client.value();
  }
}
