package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentType;
import hms.problems.boundary.Patterns;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking: who, with whom, when and for how long. */
@Schema(name = "AppointmentRequest")
public record AppointmentRequest(
    @Schema(required = true, format = "uuid") @NotNull @Pattern(regexp = Patterns.UUID)
        String patientId,
    @Schema(required = true, description = "A clinician's id, from GET /api/clinicians.")
        @NotBlank
        @Size(max = 64)
        String clinicianId,
    @Schema(
            required = true,
            format = "date-time",
            example = "2026-12-01T09:30:00+01:00",
            description = "ISO-8601 with an offset; in the future.")
        @NotNull
        @Size(max = 40)
        String start,
    @Schema(required = true, minimum = "5", maximum = "480", example = "30")
        @NotNull
        @Min(Appointment.MIN_MINUTES)
        @Max(Appointment.MAX_MINUTES)
        Integer durationMinutes,
    @Schema(required = true) @NotNull AppointmentType type,
    @Schema(maxLength = 500) @Size(max = 500) String reason) {}
