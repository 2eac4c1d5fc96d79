package hms.tenancy.boundary;

import hms.tenancy.entity.TenantSettings;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hospital's settings, all of them. */
@Schema(name = "Settings")
public record SettingsResponse(
    @Schema(required = true, description = "The hospital's name.", maxLength = 200) String name,
    @Schema(required = true, example = "Europe/Berlin", maxLength = 64) String timeZone,
    @Schema(
            required = true,
            description =
                "How dates, times and numbers are written (BCP 47); the locale says 12- or 24-hour.",
            example = "en-GB",
            maxLength = 35)
        String locale,
    @Schema(
            required = true,
            description = "The day the hospital's weeks start on.",
            type = SchemaType.STRING,
            enumeration = {
              "MONDAY",
              "TUESDAY",
              "WEDNESDAY",
              "THURSDAY",
              "FRIDAY",
              "SATURDAY",
              "SUNDAY"
            })
        DayOfWeek firstDayOfWeek,
    @Schema(
            required = true,
            description = "Default appointment length in minutes (free slots, booking).",
            minimum = "5",
            maximum = "480")
        int appointmentMinutes,
    @Schema(
            required = true,
            description =
                "Weekly working hours in the hospital's time zone; free slots are offered inside"
                    + " them. A day without intervals is closed.")
        List<Opening> workingHours) {

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
      @Schema(required = true, example = "08:00", pattern = TIME)
          @NotNull
          @Pattern(regexp = TIME, message = TIME_MESSAGE)
          String opens,
      @Schema(required = true, example = "17:00", pattern = TIME)
          @NotNull
          @Pattern(regexp = TIME, message = TIME_MESSAGE)
          String closes) {}

  private static final String TIME_MESSAGE = "must be a time such as 08:30";
  static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

  static SettingsResponse of(SettingsService.Hospital hospital) {
    TenantSettings settings = hospital.settings();
    return new SettingsResponse(
        hospital.name(),
        settings.timeZone().getId(),
        settings.locale().toLanguageTag(),
        settings.firstDayOfWeek(),
        settings.appointmentMinutes(),
        settings.workingHours().intervals().stream()
            .map(i -> new Opening(i.day(), i.opens().toString(), i.closes().toString()))
            .toList());
  }
}
