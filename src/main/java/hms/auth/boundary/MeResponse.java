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
    @Schema(required = true, description = "The hospitals the user belongs to.")
        List<MyTenant> tenants) {

  /** One hospital of the user's, with the user's role and the hospital's status there. */
  @Schema(name = "MyTenant")
  public record MyTenant(
      @Schema(required = true, example = "st_mary") String tenantId,
      @Schema(required = true) String name,
      @Schema(
              required = true,
              enumeration = {"ADMIN", "DOCTOR", "NURSE", "RECEPTIONIST"})
          String role,
      @Schema(
              required = true,
              enumeration = {"ACTIVE", "SUSPENDED"})
          String status) {}
}
