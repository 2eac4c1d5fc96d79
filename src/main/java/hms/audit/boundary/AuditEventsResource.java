package hms.audit.boundary;

import hms.audit.control.AuditRepository;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's audit trail, for its ADMINs. */
@ApplicationScoped
@Path("api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who did what to which record.")
public class AuditEventsResource {
  private final AuditService audit;

  /** For the JAX-RS runtime only. */
  public AuditEventsResource() {
    this(null);
  }

  @Inject
  public AuditEventsResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first (ADMIN)")
  public Page<AuditEventResponse> list(
      @QueryParam("resourceType") @Pattern(regexp = "^[A-Z_]{1,30}$") String resourceType,
      @QueryParam("resourceId") @Pattern(regexp = "^[0-9a-fA-F-]{36}$") String resourceId,
      @QueryParam("actor") @Pattern(regexp = "^[0-9A-Za-z-]{1,64}$") String actor,
      @QueryParam("from") @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE)
          String from,
      @QueryParam("to") @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE) String to,
      @Valid @BeanParam PageRequest page) {
    var filter =
        new AuditRepository.Filter(
            resourceType,
            resourceId,
            actor,
            Instants.parse("from", from),
            Instants.parse("to", to));
    return audit.events(filter, page).map(AuditEventResponse::of);
  }
}
