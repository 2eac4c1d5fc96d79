package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new time for an appointment that has not begun. */
@Schema(name = "RescheduleRequest")
public record RescheduleRequest(
    @Schema(required = true, format = "date-time", example = "2026-12-02T14:00:00+01:00")
        @NotNull
        @Size(max = 40)
        String start,
    @Schema(required = true, minimum = "5", maximum = "480", example = "30")
        @NotNull
        @Min(Appointment.MIN_MINUTES)
        @Max(Appointment.MAX_MINUTES)
        Integer durationMinutes) {}
