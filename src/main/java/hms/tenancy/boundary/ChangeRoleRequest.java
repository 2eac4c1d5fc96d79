package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's new role. */
@Schema(name = "ChangeRoleRequest")
public record ChangeRoleRequest(@Schema(required = true) @NotNull TenantRole role) {}
