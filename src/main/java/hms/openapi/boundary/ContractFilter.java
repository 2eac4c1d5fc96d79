package hms.openapi.boundary;

import hms.openapi.control.IdempotencyHeader;
import hms.openapi.control.PageSchemas;
import hms.openapi.control.ProbePaths;
import hms.openapi.control.ProblemResponses;
import hms.openapi.control.TenantHeader;
import hms.openapi.control.UnusedSchemas;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The last touch on the scanned document (registered as {@code mp.openapi.filter}): the tenant and
 * idempotency headers, declared errors, named page schemas, the probes, and the build's version.
 * All on the whole document, because the header depends on the path (which {@code filterOperation}
 * is not given) and must be there before the errors are declared (a parameter makes a 400
 * possible).
 */
public class ContractFilter implements OASFilter {
  /** The key the build writes the project version to. */
  static final String VERSION_KEY = "hms.api.version";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    api.getInfo()
        .version(
            ConfigProvider.getConfig()
                .getOptionalValue(VERSION_KEY, String.class)
                .orElse(api.getInfo().getVersion()));
    TenantHeader.declare(api);
    IdempotencyHeader.declare(api);
    ProblemResponses.declare(api);
    PageSchemas.name(api);
    ProbePaths.add(api);
    UnusedSchemas.drop(api);
  }
}
