package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import hms.problems.boundary.VisibleText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user to add to the hospital; an unknown e-mail is invited through Cognito. */
@Schema(name = "AddMemberRequest")
public record AddMemberRequest(
    @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Email @Size(max = 254)
        String email,
    @Schema(required = true) @NotNull TenantRole role,
    @Schema(
            description = DisplayNames.DESCRIPTION,
            maxLength = DisplayNames.MAX,
            example = "Dr Ada Lovelace")
        @Size(max = DisplayNames.MAX)
        @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE)
        @VisibleText(name = true, message = DisplayNames.MESSAGE)
        String displayName) {}
