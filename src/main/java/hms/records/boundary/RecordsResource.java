package hms.records.boundary;

import hms.problems.boundary.Problem;
import hms.problems.entity.ProblemException;
import hms.records.boundary.RecordResponse.AmendmentResponse;
import hms.records.boundary.RecordsService.RecordView;
import hms.records.entity.Amendment;
import hms.versions.boundary.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One clinical record: read, edit while DRAFT, sign, amend, attach files. */
@ApplicationScoped
@Path("api/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "records", description = "Clinical records (encounters) of patients.")
public class RecordsResource {
  private static final String ID = "{id: [0-9a-fA-F-]{36}}";

  private final RecordsService service;

  /** For the JAX-RS runtime only. */
  public RecordsResource() {
    this(null);
  }

  @Inject
  public RecordsResource(RecordsService service) {
    this.service = service;
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getRecord", summary = "A record with amendments and attachments")
  @APIResponseSchema(
      value = RecordResponse.class,
      responseCode = "200",
      responseDescription = "The record; the ETag header is its version.")
  public Response get(@PathParam("id") UUID id) {
    return answer(service.get(id));
  }

  @PUT
  @Path(ID)
  @Operation(operationId = "updateRecord", summary = "Replace a DRAFT's content (If-Match)")
  @APIResponse(responseCode = "409", description = "The record is FINAL.")
  @APIResponse(responseCode = "412", description = "Changed since the ETag was read.")
  @APIResponse(responseCode = "428", description = "No If-Match header.")
  @APIResponseSchema(
      value = RecordResponse.class,
      responseCode = "200",
      responseDescription = "The draft as changed, with the new ETag.")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull RecordRequest request) {
    if (request.appointmentId() != null) {
      throw ProblemException.invalid("appointmentId", "is set when the record is created");
    }
    return answer(service.update(id, ETags.ifMatch(ifMatch), request.toContent()));
  }

  @POST
  @Path(ID + "/finalize")
  @Operation(operationId = "finalizeRecord", summary = "Sign a DRAFT: FINAL (doctors)")
  @APIResponse(responseCode = "409", description = "The record is FINAL already.")
  @APIResponseSchema(
      value = RecordResponse.class,
      responseCode = "200",
      responseDescription = "FINAL.")
  public Response finalizeRecord(
      @PathParam("id") UUID id,
      @Parameter(description = "Optional: sign only the version read.") @HeaderParam("If-Match")
          String ifMatch) {
    Optional<Long> seen = Optional.ofNullable(ifMatch).map(ETags::ifMatch);
    return answer(service.finalizeRecord(id, seen));
  }

  @POST
  @Path(ID + "/amendments")
  @Operation(operationId = "amendRecord", summary = "Append an amendment to a FINAL record")
  @APIResponseSchema(
      value = AmendmentResponse.class,
      responseCode = "201",
      responseDescription = "Appended.")
  @APIResponse(responseCode = "409", description = "The record is a DRAFT: edit it instead.")
  public Response amend(@PathParam("id") UUID id, @Valid @NotNull AmendmentRequest request) {
    Amendment amendment = service.amend(id, request.reason(), request.text());
    return Response.status(Response.Status.CREATED).entity(AmendmentResponse.of(amendment)).build();
  }

  @POST
  @Path(ID + "/attachments")
  @Operation(operationId = "attachFile", summary = "Attach an uploaded file to a DRAFT")
  @APIResponse(responseCode = "409", description = "FINAL, or the file cannot be attached.")
  @APIResponseSchema(
      value = RecordResponse.class,
      responseCode = "200",
      responseDescription = "The draft with its attachments.")
  public Response attach(@PathParam("id") UUID id, @Valid @NotNull AttachRequest request) {
    return answer(service.attach(id, UUID.fromString(request.fileId())));
  }

  @DELETE
  @Path(ID + "/attachments/{fileId: [0-9a-fA-F-]{36}}")
  @Operation(operationId = "detachFile", summary = "Detach a file from a DRAFT")
  @APIResponse(responseCode = "204", description = "Detached; the file itself stays.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public void detach(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
    service.detach(id, fileId);
  }

  private static Response answer(RecordView view) {
    return Response.ok(RecordResponse.of(view)).tag(ETags.of(view.record().version())).build();
  }
}
