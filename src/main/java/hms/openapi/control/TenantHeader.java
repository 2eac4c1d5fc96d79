package hms.openapi.control;

import hms.tenancy.boundary.TenantFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Every operation under {@code /api} names the tenant header, as a reference to the one component
 * the application declares: the tenant filter asks for it on exactly these paths, so the contract
 * says so in one place rather than on each resource method. It comes last among the operation's
 * parameters.
 */
public final class TenantHeader {
  private static final String TENANT_PATHS = "/api/";

  private TenantHeader() {}

  public static void declare(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if ((path + "/").startsWith(TENANT_PATHS)) {
                item.getOperations()
                    .values()
                    .forEach(
                        op ->
                            op.addParameter(OASFactory.createParameter().ref(TenantFilter.HEADER)));
              }
            });
  }
}
