package hms.tenancy.boundary;

import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform administration: hospitals on the platform (group platform-admin; no tenant header). */
@ApplicationScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "Operating the platform: tenants, the security log.")
public class TenantsResource {
  private final TenantsService service;

  /** For the JAX-RS runtime only. */
  public TenantsResource() {
    this(null);
  }

  @Inject
  public TenantsResource(TenantsService service) {
    this.service = service;
  }

  @POST
  @Operation(
      operationId = "createTenant",
      summary = "Create a hospital: its schema, and its first ADMIN (invited when unknown)")
  @APIResponseSchema(
      value = TenantResponse.class,
      responseCode = "201",
      responseDescription = "Created; repeating a failed creation resumes.")
  @APIResponse(responseCode = "409", description = "The id is taken.")
  public Response create(
      @Valid @NotNull CreateTenantRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    Tenant tenant =
        service.create(new TenantId(request.id()), request.name(), request.adminEmail());
    return Created.below(uri, tenant.id().value()).entity(TenantResponse.of(tenant)).build();
  }

  @GET
  @Operation(operationId = "listTenants", summary = "The hospitals, by id")
  public Page<TenantResponse> list(@Valid @BeanParam PageRequest page) {
    return service.list(page).map(TenantResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getTenant", summary = "One hospital")
  @APIResponse(responseCode = "404", description = "No such hospital.")
  @APIResponseSchema(
      value = TenantResponse.class,
      responseCode = "200",
      responseDescription = "The hospital.")
  public TenantResponse get(@PathParam("id") String id) {
    return TenantResponse.of(service.get(id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateTenant", summary = "Rename, suspend or reactivate a hospital")
  @APIResponse(responseCode = "404", description = "No such hospital.")
  @APIResponseSchema(
      value = TenantResponse.class,
      responseCode = "200",
      responseDescription = "The hospital as changed.")
  public TenantResponse update(
      @PathParam("id") String id, @Valid @NotNull UpdateTenantRequest change) {
    return TenantResponse.of(service.update(id, change));
  }
}
