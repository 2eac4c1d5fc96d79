package hms.tenancy.boundary;

import hms.problems.boundary.VisibleText;
import hms.tenancy.boundary.SettingsResponse.Opening;
import hms.tenancy.entity.WeeklyHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to the hospital's settings: every field left out (or null) stays as it is. Every field
 * that breaks a rule is named in one answer ({@link SettingsRules}).
 */
@Schema(name = "SettingsChange")
@SettingsRules
public record ChangeSettingsRequest(
    @Schema(description = HospitalNames.DESCRIPTION, maxLength = HospitalNames.MAX)
        @Size(max = HospitalNames.MAX, message = HospitalNames.TOO_LONG)
        @Pattern(regexp = HospitalNames.PATTERN, message = HospitalNames.MESSAGE)
        @VisibleText(name = true, message = HospitalNames.MESSAGE)
        String name,
    @Schema(example = "Europe/Berlin", minLength = 1, maxLength = 64) String timeZone,
    @Schema(
            description =
                "A BCP 47 tag of language and region that the server knows, spelt e.g. en-GB.",
            example = "en-GB",
            minLength = 1,
            maxLength = 35)
        String locale,
    @Schema(
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
            description = "Default appointment length in minutes, a multiple of 5.",
            minimum = "5",
            maximum = "480",
            multipleOf = 5)
        Integer appointmentMinutes,
    @Schema(description = "The weekly working hours; a day without intervals is closed.")
        @Size(max = 28, message = "must be at most 28 intervals, 4 a day")
        List<@Valid @NotNull Opening> workingHours) {

  /** The working hours sent (checked by {@link SettingsRules}); null when none were sent. */
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
