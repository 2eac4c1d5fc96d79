package hms.appointments.boundary;

import hms.appointments.control.AppointmentSearch;
import hms.appointments.entity.AppointmentStatus;
import hms.problems.boundary.Patterns;
import hms.problems.entity.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the appointment list; all optional, all combined. */
public class AppointmentQuery {
  @QueryParam("from")
  @Parameter(description = "Appointments starting at or after (ISO-8601 with offset).")
  @Schema(format = "date-time")
  @Size(max = 40)
  String from;

  @QueryParam("to")
  @Parameter(description = "Appointments starting before (ISO-8601 with offset).")
  @Schema(format = "date-time")
  @Size(max = 40)
  String to;

  @QueryParam("clinicianId")
  @Size(max = 64)
  String clinicianId;

  @QueryParam("patientId")
  @Schema(format = "uuid")
  @Pattern(regexp = Patterns.UUID)
  String patientId;

  // Text, not the enum: JAX-RS answers an unconvertible query parameter with 404.
  @QueryParam("status")
  @Pattern(
      regexp = "^(SCHEDULED|CONFIRMED|CHECKED_IN|IN_PROGRESS|COMPLETED|CANCELLED|NO_SHOW)$",
      message =
          "must be one of SCHEDULED, CONFIRMED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED,"
              + " NO_SHOW")
  String status;

  AppointmentSearch toSearch() {
    Optional<Instant> since = Optional.ofNullable(from).map(f -> Times.instant("from", f));
    Optional<Instant> until = Optional.ofNullable(to).map(t -> Times.instant("to", t));
    if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
      throw ProblemException.invalid("to", "must be after from");
    }
    return new AppointmentSearch(
        since,
        until,
        Optional.ofNullable(clinicianId),
        Optional.ofNullable(patientId).map(UUID::fromString),
        Optional.ofNullable(status).map(AppointmentStatus::valueOf));
  }
}
