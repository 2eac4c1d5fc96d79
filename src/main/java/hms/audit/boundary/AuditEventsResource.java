package hms.audit.boundary;

import hms.audit.control.AuditRepository;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.problems.entity.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's audit trail, for its ADMINs. */
@RequestScoped
@Path("api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who did what to which record.")
public class AuditEventsResource {
  private static final String INSTANT_MESSAGE = "must be an instant such as 2026-01-31T08:00:00Z";
  private static final String INSTANT =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";

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
      @QueryParam("from") @Pattern(regexp = INSTANT, message = INSTANT_MESSAGE) String from,
      @QueryParam("to") @Pattern(regexp = INSTANT, message = INSTANT_MESSAGE) String to,
      @Valid @BeanParam PageRequest page) {
    var filter =
        new AuditRepository.Filter(
            resourceType, resourceId, actor, instant("from", from), instant("to", to));
    return audit.events(filter, page).map(AuditEventResponse::of);
  }

  /** The pattern lets through impossible dates (month 13, February 30th): refused here. */
  private static Instant instant(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, INSTANT_MESSAGE);
    }
  }
}
