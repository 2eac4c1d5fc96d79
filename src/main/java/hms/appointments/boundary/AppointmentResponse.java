package hms.appointments.boundary;

import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.appointments.entity.AppointmentType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appointment as clients see it, naming its patient and clinician so that a list needs no call
 * per card; times in UTC.
 */
@Schema(name = "Appointment")
public record AppointmentResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID patientId,
    @Schema(
            required = true,
            description = "Given name, then family name.",
            example = "Ada Lovelace")
        String patientName,
    @Schema(required = true, example = "P-000123") String patientMrn,
    @Schema(required = true) String clinicianId,
    @Schema(
            format = "email",
            description =
                "The clinician's e-mail. A clinician removed from the hospital is still named (the"
                    + " membership is kept, marked removed).")
        String clinicianEmail,
    @Schema(
            description =
                "The clinician's display name; left out until the hospital gives one (show the"
                    + " e-mail then).",
            example = "Dr Grace Hopper")
        String clinicianName,
    @Schema(required = true) OffsetDateTime start,
    @Schema(required = true) OffsetDateTime end,
    @Schema(required = true) int durationMinutes,
    @Schema(required = true) AppointmentType type,
    String reason,
    @Schema(required = true) AppointmentStatus status,
    @Schema(
            description =
                "When the patient was checked in (set by the check-in step), for the queue's"
                    + " arrival order and waiting time; absent before check-in, and for"
                    + " appointments checked in before the server recorded the time.")
        OffsetDateTime checkedInAt,
    String cancellationReason,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) String createdBy,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true) long version) {

  public static AppointmentResponse of(AppointmentView view) {
    Appointment a = view.appointment();
    return new AppointmentResponse(
        a.id(),
        a.patientId(),
        view.patient().displayName(),
        view.patient().mrn(),
        a.clinicianSub(),
        view.clinician() == null ? null : view.clinician().email(),
        view.clinician() == null ? null : view.clinician().displayName(),
        utc(a.start()),
        utc(a.end()),
        a.minutes(),
        a.type(),
        a.reason().orElse(null),
        a.status(),
        a.checkedInAt().map(AppointmentResponse::utc).orElse(null),
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
