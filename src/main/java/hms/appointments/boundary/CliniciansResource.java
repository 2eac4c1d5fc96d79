package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import hms.problems.entity.ProblemException;
import hms.tenancy.boundary.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's bookable clinicians and their free time. */
@ApplicationScoped
@Path("api/clinicians")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appointments", description = "Appointments and their workflow.")
public class CliniciansResource {
  private final Staff staff;
  private final AppointmentsService appointments;

  /** For the JAX-RS runtime only. */
  public CliniciansResource() {
    this(null, null);
  }

  @Inject
  public CliniciansResource(Staff staff, AppointmentsService appointments) {
    this.staff = staff;
    this.appointments = appointments;
  }

  @GET
  @Operation(operationId = "listClinicians", summary = "Active DOCTOR and NURSE members")
  public List<ClinicianResponse> list() {
    return staff.clinicians().stream().map(ClinicianResponse::of).toList();
  }

  @GET
  @Path("{id}/free-slots")
  @Operation(
      operationId = "listFreeSlots",
      summary = "A clinician's free slots on a day, inside the hospital's working hours")
  @APIResponse(responseCode = "404", description = "No such clinician.")
  @APIResponseSchema(
      value = FreeSlotsResponse.class,
      responseCode = "200",
      responseDescription = "The free slots, maybe none.")
  public FreeSlotsResponse freeSlots(
      @PathParam("id") @Size(max = 64) String id,
      @Parameter(
              description = "The day in the hospital's calendar, e.g. 2026-12-01.",
              required = true,
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          @NotNull
          @Size(max = 10)
          String date,
      @Parameter(
              description =
                  "The slot length in minutes; the hospital's default appointment length"
                      + " (settings) when left out.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "5", maximum = "480"))
          @QueryParam("durationMinutes")
          @Pattern(regexp = "^[0-9]{1,3}$", message = "must be 5 to 480")
          String durationMinutes) {
    LocalDate day = Times.date("date", date);
    OptionalInt length = OptionalInt.empty();
    if (durationMinutes != null) {
      int minutes = Integer.parseInt(durationMinutes);
      if (minutes < Appointment.MIN_MINUTES || minutes > Appointment.MAX_MINUTES) {
        throw ProblemException.invalid("durationMinutes", "must be 5 to 480");
      }
      length = OptionalInt.of(minutes);
    }
    return FreeSlotsResponse.of(id, day, appointments.freeSlots(id, day, length));
  }
}
