package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.SignedIn;
import hms.auth.entity.UserProfile;
import hms.tenancy.control.MembershipRepository;
import hms.tenancy.entity.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A person's memberships follow their sign-ins: each completed sign-in (hms.auth's {@link
 * SignedIn}) brings the identity provider's e-mail and name to every hospital they belong to and
 * accepts their invitations. Removed memberships too: added again, they show the current e-mail.
 * The signing-in request runs this and waits for it (so that the hospital's screens are current
 * when the person arrives); hms.auth logs a failure and signs them in all the same.
 */
@ApplicationScoped
public class MemberSignIns {
  private final MembershipRepository memberships;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected MemberSignIns() {
    this(null, null);
  }

  @Inject
  public MemberSignIns(MembershipRepository memberships, Clock clock) {
    this.memberships = memberships;
    this.clock = clock;
  }

  @Transactional
  @Guarded(Rule.MEMBER_SIGNED_IN)
  public void signedIn(@Observes SignedIn signIn) {
    UserProfile person = signIn.person();
    // An e-mail longer than the column (Cognito allows 2,048) keeps the one held.
    String email =
        person.email() == null || person.email().length() > 254
            ? null
            : EmailAddress.normalize(person.email());
    String name = DisplayNames.fromIdentityProvider(person.name());
    for (Membership membership : memberships.ofUser(person.sub())) {
      membership.signedIn(email, name, clock.instant());
    }
  }
}
