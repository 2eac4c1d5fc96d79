package hms.appointments.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's bookable times on one day, in the hospital's time zone. */
@Schema(name = "FreeSlots")
public record FreeSlotsResponse(
    @Schema(required = true) String clinicianId,
    @Schema(required = true) LocalDate date,
    @Schema(required = true, example = "Europe/Berlin") String timeZone,
    @Schema(required = true) int durationMinutes,
    @Schema(required = true) List<Slot> slots) {

  /** One bookable [start, end), with the hospital's offset on that day. */
  @Schema(name = "FreeSlot")
  public record Slot(
      @Schema(required = true) OffsetDateTime start, @Schema(required = true) OffsetDateTime end) {}

  static FreeSlotsResponse of(String clinicianId, LocalDate date, AppointmentsService.FreeDay day) {
    return new FreeSlotsResponse(
        clinicianId,
        date,
        day.zone().getId(),
        day.minutes(),
        day.slots().stream()
            .map(
                s ->
                    new Slot(
                        s.start().atZone(day.zone()).toOffsetDateTime(),
                        s.end().atZone(day.zone()).toOffsetDateTime()))
            .toList());
  }
}
