package hms.openapi.control;

import hms.tenancy.boundary.TenantFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation under {@code /api} names the tenant header, as a reference to the one component
 * the application declares: the tenant filter asks for it on exactly these paths, so the contract
 * says so in one place rather than on each resource method. It comes last among the operation's
 * parameters. The same operations are counted against the request quotas ({@code hms.quota}), so
 * each declares their 429 with its headers here too.
 */
public final class TenantHeader {
  private static final String TENANT_PATHS = "/api/";

  private TenantHeader() {}

  /** The one 429 answer every {@code /api} operation refers to. */
  static final String QUOTA_EXCEEDED = "QuotaExceeded";

  public static void declare(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents().addResponse(QUOTA_EXCEEDED, quotaExceeded());
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if ((path + "/").startsWith(TENANT_PATHS)) {
                item.getOperations().values().forEach(TenantHeader::declare);
              }
            });
  }

  private static void declare(Operation op) {
    op.addParameter(OASFactory.createParameter().ref(TenantFilter.HEADER));
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createAPIResponses());
    }
    op.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(QUOTA_EXCEEDED));
  }

  private static APIResponse quotaExceeded() {
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(
                "The caller's or the hospital's request quota is spent (RateLimit fields of"
                    + " draft-ietf-httpapi-ratelimit-headers-10); retry after Retry-After.")
            .addHeader("Retry-After", header("Seconds until a request is allowed again."))
            .addHeader("RateLimit", header("The quota that refused: units left and reset."))
            .addHeader("RateLimit-Policy", header("The quota that refused."));
    ProblemResponses.problemBody(response);
    return response;
  }

  private static Header header(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING));
  }
}
