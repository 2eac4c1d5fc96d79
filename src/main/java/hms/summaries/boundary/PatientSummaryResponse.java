package hms.summaries.boundary;

import hms.appointments.boundary.AppointmentResponse;
import hms.appointments.boundary.AppointmentsService.AroundNow;
import hms.patients.boundary.PatientIdentity;
import hms.records.boundary.ClinicalSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's summary: identity, the clinical sections when the role may read records, visits. */
@Schema(name = "PatientSummary")
public record PatientSummaryResponse(
    @Schema(required = true) PatientIdentity patient,
    @Schema(
            description =
                "Left out for roles that may not read records (RECEPTIONIST); present, maybe with"
                    + " empty lists, for the others.")
        ClinicalSummary clinical,
    @Schema(
            required = true,
            description =
                "Not cancelled, starting at or after asOf, soonest first (at most 5); one in"
                    + " progress that started earlier is among the recent ones.")
        List<AppointmentResponse> upcomingAppointments,
    @Schema(
            required = true,
            description =
                "Started before asOf, whatever their status (a no-show or a cancellation is part"
                    + " of the history), latest first (at most 5).")
        List<AppointmentResponse> recentAppointments,
    @Schema(required = true, description = "The instant the sections were derived at.")
        Instant asOf) {

  static PatientSummaryResponse of(
      PatientIdentity patient, ClinicalSummary clinical, AroundNow appointments, Instant asOf) {
    return new PatientSummaryResponse(
        patient,
        clinical,
        appointments.upcoming().stream().map(AppointmentResponse::of).toList(),
        appointments.recent().stream().map(AppointmentResponse::of).toList(),
        asOf);
  }
}
