package hms.openapi.boundary;

import hms.openapi.control.PageSchemas;
import hms.openapi.control.ProbePaths;
import hms.openapi.control.ProblemResponses;
import hms.openapi.control.UnusedSchemas;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The last touch on the scanned document (registered as {@code mp.openapi.filter}): declared
 * errors, named page schemas, the probes, and the build's version.
 */
public class ContractFilter implements OASFilter {
  /** The key the build writes the project version to. */
  static final String VERSION_KEY = "hms.api.version";

  @Override
  public Operation filterOperation(Operation operation) {
    ProblemResponses.declare(operation);
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    api.getInfo()
        .version(
            ConfigProvider.getConfig()
                .getOptionalValue(VERSION_KEY, String.class)
                .orElse(api.getInfo().getVersion()));
    PageSchemas.name(api);
    ProbePaths.add(api);
    UnusedSchemas.drop(api);
  }
}
