package hms.auth.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller: who they are, their platform roles and the hospitals they belong to. */
@Schema(name = "MeResponse")
public record MeResponse(
    @Schema(required = true) String sub,
    @Schema(format = "email") String email,
    String name,
    @Schema(required = true, example = "[\"platform-admin\"]") List<String> platformRoles,
    @Schema(required = true, description = "Memberships; filled once tenancy exists.")
        List<String> tenants) {}
