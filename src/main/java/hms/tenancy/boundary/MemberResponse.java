package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Invitation;
import hms.tenancy.entity.Membership;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of the hospital. */
@Schema(name = "Member")
public record MemberResponse(
    @Schema(required = true, description = "The user's Cognito sub.") String sub,
    @Schema(
            required = true,
            format = "email",
            description =
                "As the identity provider has it: taken when the member is added, refreshed at each"
                    + " of their sign-ins.")
        String email,
    @Schema(description = "The name the hospital gave; left out until it gives one.")
        String displayName,
    @Schema(
            description =
                "The name to show: the hospital's display name, else the name the identity provider"
                    + " has for the person (refreshed at each sign-in); left out when neither"
                    + " exists, and screens show the e-mail.")
        String name,
    @Schema(required = true) TenantRole role,
    @Schema(
            required = true,
            description =
                "INVITED from the moment the member is added (or added again) until they next"
                    + " complete a sign-in, ACCEPTED from then on. Members from before invitations"
                    + " were recorded are ACCEPTED.")
        Invitation invitation,
    @Schema(
            required = true,
            description =
                "When the last invitation went out: the member added, added again, or the"
                    + " invitation sent again.")
        Instant invitedAt,
    @Schema(
            description =
                "When the member first signed in after the invitation; left out while INVITED, and"
                    + " for members from before invitations were recorded.")
        Instant acceptedAt,
    @Schema(required = true) Instant createdAt) {

  static MemberResponse of(Membership m) {
    return new MemberResponse(
        m.userSub(),
        m.email(),
        m.displayName(),
        m.name(),
        m.role(),
        m.invitation(),
        m.invitedAt(),
        m.acceptedAt(),
        m.createdAt());
  }
}
