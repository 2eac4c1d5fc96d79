package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.appointments.entity.AppointmentType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment as clients see it; times in UTC. */
@Schema(name = "Appointment")
public record AppointmentResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID patientId,
    @Schema(required = true) String clinicianId,
    @Schema(required = true) OffsetDateTime start,
    @Schema(required = true) OffsetDateTime end,
    @Schema(required = true) int durationMinutes,
    @Schema(required = true) AppointmentType type,
    String reason,
    @Schema(required = true) AppointmentStatus status,
    String cancellationReason,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) String createdBy,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true) long version) {

  static AppointmentResponse of(Appointment a) {
    return new AppointmentResponse(
        a.id(),
        a.patientId(),
        a.clinicianSub(),
        utc(a.start()),
        utc(a.end()),
        a.minutes(),
        a.type(),
        a.reason().orElse(null),
        a.status(),
        a.cancellationReason().orElse(null),
        utc(a.createdAt()),
        a.createdBy(),
        utc(a.updatedAt()),
        a.version());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
