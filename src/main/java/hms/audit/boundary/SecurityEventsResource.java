package hms.audit.boundary;

import hms.audit.control.SecurityLog;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform's security log: refused hospital ids that no hospital's trail holds (unknown ones,
 * malformed ones), for the platform administrators (no tenant header).
 */
@ApplicationScoped
@Path("platform/security-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "Operating the platform: tenants, the security log.")
public class SecurityEventsResource {
  private final SecurityLogService service;

  /** For the JAX-RS runtime only. */
  public SecurityEventsResource() {
    this(null);
  }

  @Inject
  public SecurityEventsResource(SecurityLogService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "listSecurityEvents",
      summary = "Refused hospital ids that no hospital's trail holds, newest first")
  public Page<SecurityEventResponse> list(
      @QueryParam("actor") @Pattern(regexp = "^[0-9A-Za-z-]{1,64}$") String actor,
      @QueryParam("requestedTenant") @Size(min = 1, max = 64) String requestedTenant,
      @QueryParam("from") @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE)
          String from,
      @QueryParam("to") @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE) String to,
      @Valid @BeanParam PageRequest page) {
    var filter =
        new SecurityLog.Filter(
            actor, requestedTenant, Instants.parse("from", from), Instants.parse("to", to));
    return service.events(filter, page).map(SecurityEventResponse::of);
  }
}
