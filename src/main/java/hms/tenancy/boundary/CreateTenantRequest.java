package hms.tenancy.boundary;

import hms.problems.boundary.VisibleText;
import hms.tenancy.entity.TenantId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new hospital and the e-mail of its first administrator. */
@Schema(name = "CreateTenantRequest")
public record CreateTenantRequest(
    @Schema(required = true, pattern = TenantId.PATTERN, example = "st_mary")
        @NotNull
        @Pattern(
            regexp = TenantId.PATTERN,
            message = "must be 3 to 40 lower-case letters, digits or _, starting with a letter")
        String id,
    @Schema(
            required = true,
            description = HospitalNames.DESCRIPTION,
            maxLength = HospitalNames.MAX,
            example = "St. Mary's Hospital")
        @NotNull
        @Size(max = HospitalNames.MAX, message = HospitalNames.TOO_LONG)
        @Pattern(regexp = HospitalNames.PATTERN, message = HospitalNames.MESSAGE)
        @VisibleText(name = true, message = HospitalNames.MESSAGE)
        String name,
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Email @Size(max = 254)
        String adminEmail) {}
