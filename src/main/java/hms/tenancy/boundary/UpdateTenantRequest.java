package hms.tenancy.boundary;

import hms.problems.boundary.VisibleText;
import hms.tenancy.entity.TenantStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator may change: the name, and ACTIVE or SUSPENDED. Absent fields stay. */
@Schema(name = "UpdateTenantRequest")
public record UpdateTenantRequest(
    @Schema(description = HospitalNames.DESCRIPTION, maxLength = HospitalNames.MAX)
        @Size(max = HospitalNames.MAX, message = HospitalNames.TOO_LONG)
        @Pattern(regexp = HospitalNames.PATTERN, message = HospitalNames.MESSAGE)
        @VisibleText(name = true, message = HospitalNames.MESSAGE)
        String name,
    @Schema(enumeration = {"ACTIVE", "SUSPENDED"}) TenantStatus status) {}
