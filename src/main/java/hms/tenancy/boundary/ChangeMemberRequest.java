package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import hms.problems.boundary.VisibleText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's new role, new display name, or both; what is left out stays as it is. */
@Schema(
    name = "ChangeMemberRequest",
    description =
        "At least one of role and displayName. A display name can be changed, not removed.")
public record ChangeMemberRequest(
    TenantRole role,
    @Schema(
            description = DisplayNames.DESCRIPTION,
            maxLength = DisplayNames.MAX,
            example = "Dr Ada Lovelace")
        @Size(max = DisplayNames.MAX)
        @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE)
        @VisibleText(name = true, message = DisplayNames.MESSAGE)
        String displayName) {}
