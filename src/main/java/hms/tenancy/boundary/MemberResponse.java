package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Membership;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of the hospital. */
@Schema(name = "Member")
public record MemberResponse(
    @Schema(required = true, description = "The user's Cognito sub.") String sub,
    @Schema(required = true, format = "email") String email,
    @Schema(description = "Left out until the hospital gives one; screens show the e-mail then.")
        String displayName,
    @Schema(required = true) TenantRole role,
    @Schema(required = true) Instant createdAt) {

  static MemberResponse of(Membership m) {
    return new MemberResponse(m.userSub(), m.email(), m.displayName(), m.role(), m.createdAt());
  }
}
