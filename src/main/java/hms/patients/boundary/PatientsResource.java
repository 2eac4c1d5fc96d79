package hms.patients.boundary;

import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.entity.Patient;
import hms.problems.boundary.Problem;
import hms.versions.boundary.ETags;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient registry. */
@ApplicationScoped
@Path("api/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "patients", description = "The hospital's patient registry.")
public class PatientsResource {
  private final PatientsService service;

  /** For the JAX-RS runtime only. */
  public PatientsResource() {
    this(null);
  }

  @Inject
  public PatientsResource(PatientsService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listPatients", summary = "Search the registry")
  public Page<PatientResponse> list(
      @Valid @BeanParam PatientQuery query, @Valid @BeanParam PageRequest page) {
    boolean clinical = service.seesClinical();
    return service.search(query.toSearch(), page).map(p -> PatientResponse.of(p, clinical));
  }

  @POST
  @Operation(operationId = "createPatient", summary = "Register a patient")
  @APIResponseSchema(
      value = PatientResponse.class,
      responseCode = "201",
      responseDescription = "Registered.")
  @APIResponse(responseCode = "409", description = "The MRN is taken.")
  public Response create(@Valid @NotNull PatientRequest request, @Context UriInfo uri) {
    Patient patient = service.create(request.mrn(), request.toData());
    return Created.below(uri, patient.id().toString())
        .tag(tag(patient))
        .entity(PatientResponse.of(patient, service.seesClinical()))
        .build();
  }

  @GET
  @Path("{id: [0-9a-fA-F-]{36}}")
  @Operation(operationId = "getPatient", summary = "One patient, with an ETag for updates")
  @APIResponse(responseCode = "404", description = "No such patient.")
  @APIResponseSchema(
      value = PatientResponse.class,
      responseCode = "200",
      responseDescription = "The patient; the ETag header is its version.")
  public Response get(@PathParam("id") UUID id) {
    Patient patient = service.get(id);
    return Response.ok(PatientResponse.of(patient, service.seesClinical()))
        .tag(tag(patient))
        .build();
  }

  @PUT
  @Path("{id: [0-9a-fA-F-]{36}}")
  @Operation(
      operationId = "updatePatient",
      summary = "Replace a patient's data (If-Match required)")
  @APIResponse(responseCode = "404", description = "No such patient.")
  @APIResponse(responseCode = "412", description = "Changed since the ETag was read.")
  @APIResponse(responseCode = "428", description = "No If-Match header.")
  @APIResponseSchema(
      value = PatientResponse.class,
      responseCode = "200",
      responseDescription = "The patient as changed, with the new ETag.")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PatientRequest request) {
    Patient patient = service.update(id, ETags.ifMatch(ifMatch), request.toData());
    return Response.ok(PatientResponse.of(patient, service.seesClinical()))
        .tag(tag(patient))
        .build();
  }

  @DELETE
  @Path("{id: [0-9a-fA-F-]{36}}")
  @Operation(operationId = "deactivatePatient", summary = "Make a patient INACTIVE (ADMIN)")
  @APIResponse(responseCode = "204", description = "Inactive; nothing is deleted.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void delete(@PathParam("id") UUID id) {
    service.deactivate(id);
  }

  @GET
  @Path("export")
  @Produces("text/csv; charset=utf-8")
  @Operation(operationId = "exportPatients", summary = "The search as CSV, streamed (ADMIN)")
  @APIResponse(
      responseCode = "200",
      description = "One header row, then a row per patient (RFC 4180).",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response export(@Valid @BeanParam PatientQuery query) {
    var writer = service.export(query.toSearch());
    StreamingOutput body = writer::accept;
    return Response.ok(body, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"patients.csv\"")
        .build();
  }

  private static EntityTag tag(Patient patient) {
    return ETags.of(patient.version());
  }
}
