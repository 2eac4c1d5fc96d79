package hms.records.boundary;

import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.records.entity.ClinicalRecord;
import hms.versions.boundary.ETags;
import hms.web.boundary.Created;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's clinical records: the list and new drafts. */
@ApplicationScoped
@Path("api/patients/{patientId: [0-9a-fA-F-]{36}}/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "records", description = "Clinical records (encounters) of patients.")
public class PatientRecordsResource {
  private final RecordsService service;

  /** For the JAX-RS runtime only. */
  public PatientRecordsResource() {
    this(null);
  }

  @Inject
  public PatientRecordsResource(RecordsService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listRecords", summary = "The patient's records, newest first")
  public Page<RecordSummary> list(
      @PathParam("patientId") UUID patientId, @Valid @BeanParam PageRequest page) {
    return service.ofPatient(patientId, page).map(RecordSummary::of);
  }

  @POST
  @Operation(operationId = "createRecord", summary = "Write a new DRAFT record (clinicians)")
  @APIResponseSchema(
      value = RecordResponse.class,
      responseCode = "201",
      responseDescription = "A DRAFT, with its ETag.")
  @APIResponse(responseCode = "404", description = "No such patient.")
  public Response create(
      @PathParam("patientId") UUID patientId, @Valid @NotNull RecordRequest request) {
    RecordsService.RecordView view =
        service.create(patientId, request.appointment(), request.toContent());
    ClinicalRecord record = view.record();
    return Created.at(
            "/"
                + UriBuilder.fromResource(RecordsResource.class)
                    .path(record.id().toString())
                    .build())
        .tag(ETags.of(record.version()))
        .entity(RecordResponse.of(view))
        .build();
  }
}
