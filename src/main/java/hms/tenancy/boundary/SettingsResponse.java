package hms.tenancy.boundary;

import hms.tenancy.entity.TenantSettings;
import hms.tenancy.entity.WeeklyHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hospital's settings; the same shape is sent to change them. */
@Schema(name = "Settings")
public record SettingsResponse(
    @Schema(required = true, example = "Europe/Berlin", maxLength = 64) @NotBlank @Size(max = 64)
        String timeZone,
    @Schema(
            description =
                "Weekly working hours in the hospital's time zone; free slots are offered inside"
                    + " them. A day without intervals is closed. Left out in a change: unchanged.")
        @Size(max = 28)
        List<@Valid @NotNull Opening> workingHours) {

  /** One opening interval of a weekday, at whole minutes. */
  @Schema(name = "Opening")
  public record Opening(
      @Schema(
              required = true,
              type = SchemaType.STRING,
              enumeration = {
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY"
              },
              example = "MONDAY")
          @NotNull
          DayOfWeek day,
      @Schema(required = true, example = "08:00", pattern = TIME) @NotNull @Pattern(regexp = TIME)
          String opens,
      @Schema(required = true, example = "17:00", pattern = TIME) @NotNull @Pattern(regexp = TIME)
          String closes) {}

  private static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

  static SettingsResponse of(TenantSettings settings) {
    return new SettingsResponse(
        settings.timeZone().getId(),
        settings.workingHours().intervals().stream()
            .map(i -> new Opening(i.day(), i.opens().toString(), i.closes().toString()))
            .toList());
  }

  /** The working hours sent, checked; null when none were sent. */
  WeeklyHours hours() {
    if (workingHours == null) {
      return null;
    }
    return WeeklyHours.of(
        workingHours.stream()
            .map(
                o ->
                    new WeeklyHours.Interval(
                        o.day(), LocalTime.parse(o.opens()), LocalTime.parse(o.closes())))
            .toList());
  }
}
