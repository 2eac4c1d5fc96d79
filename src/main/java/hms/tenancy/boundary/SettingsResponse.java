package hms.tenancy.boundary;

import hms.tenancy.entity.TenantSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hospital's settings; the same shape is sent to change them. */
@Schema(name = "Settings")
public record SettingsResponse(
    @Schema(required = true, example = "Europe/Berlin", maxLength = 64) @NotBlank @Size(max = 64)
        String timeZone) {

  static SettingsResponse of(TenantSettings settings) {
    return new SettingsResponse(settings.timeZone().getId());
  }
}
