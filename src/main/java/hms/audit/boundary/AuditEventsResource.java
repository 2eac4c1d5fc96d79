package hms.audit.boundary;

import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.tenancy.control.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The hospital's audit trail, for its ADMINs: a page as JSON, the selection as CSV. The export is a
 * path of its own rather than {@code Accept: text/csv} on the list: it has its own rule and audit
 * action, no paging, and a link a browser can save; content negotiation would hide all three.
 */
@ApplicationScoped
@Path("api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who did what to which record.")
public class AuditEventsResource {
  private final AuditService audit;
  private final TenantContext tenant;

  /** For the JAX-RS runtime only. */
  public AuditEventsResource() {
    this(null, null);
  }

  @Inject
  public AuditEventsResource(AuditService audit, TenantContext tenant) {
    this.audit = audit;
    this.tenant = tenant;
  }

  @GET
  @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first (ADMIN)")
  public Page<AuditEventResponse> list(
      @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest page) {
    return audit.events(query.toFilter(), page).map(AuditEventResponse::of);
  }

  @GET
  @Path("export")
  @Produces("text/csv; charset=utf-8")
  @Operation(
      operationId = "exportAuditEvents",
      summary = "The selection as CSV, newest first (ADMIN; audited as EXPORT)")
  @APIResponse(
      responseCode = "200",
      description =
          "One header row, then a row per event (RFC 4180); a selection larger than"
              + " audit.export.max-rows is refused (400 naming from), never cut. Saved as"
              + " audit-{hospital}-{day}.csv, the day on the hospital's clock.",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response export(@Valid @BeanParam AuditQuery query) {
    AuditService.Export export = audit.export(query.toFilter());
    String name = "audit-" + tenant.tenant().value() + "-" + export.day() + ".csv";
    return Response.ok(export.csv(), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
