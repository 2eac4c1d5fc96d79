package hms.tenancy.boundary;

import hms.tenancy.entity.TenantStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator may change: the name, and ACTIVE or SUSPENDED. Absent fields stay. */
@Schema(name = "UpdateTenantRequest")
public record UpdateTenantRequest(
    @Schema(maxLength = 200) @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String name,
    @Schema(enumeration = {"ACTIVE", "SUSPENDED"}) TenantStatus status) {}
