package hms.summaries.boundary;

import hms.problems.boundary.Patterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's summary in one call. */
@ApplicationScoped
@Path("api/patients/{patientId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "patients", description = "The hospital's patient registry.")
public class PatientSummaryResource {
  private final PatientSummaryService service;

  /** For the JAX-RS runtime only. */
  public PatientSummaryResource() {
    this(null);
  }

  @Inject
  public PatientSummaryResource(PatientSummaryService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "getPatientSummary",
      summary = "The patient's identity, clinical sections and appointments in one answer",
      description =
          "Every member may read it; the clinical sections (clinical) and the allergies are left"
              + " out for roles that may not read records (RECEPTIONIST). Audited as one READ of"
              + " the patient. Each section's rule is on its field.")
  @APIResponse(responseCode = "404", description = "No such patient.")
  @APIResponseSchema(
      value = PatientSummaryResponse.class,
      responseCode = "200",
      responseDescription = "The summary as of asOf.")
  public PatientSummaryResponse get(
      @PathParam("patientId") @Pattern(regexp = Patterns.UUID) String patientId) {
    return service.of(UUID.fromString(patientId));
  }
}
