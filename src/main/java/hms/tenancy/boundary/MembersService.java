package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Rule;
import hms.access.entity.TenantRole;
import hms.auth.boundary.AccountService;
import hms.auth.entity.EmailAddress;
import hms.auth.entity.UserProfile;
import hms.problems.entity.ProblemException;
import hms.tenancy.control.MembershipRepository;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.control.TenantAccessCache;
import hms.tenancy.control.TenantContext;
import hms.tenancy.control.TenantRepository;
import hms.tenancy.entity.Membership;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;

/**
 * The members of the request's tenant; every use case is for that tenant's ADMINs only (each
 * guarded by its rule, changes audited). Changes lock the tenant row first, so two concurrent
 * changes cannot both remove "the other" ADMIN.
 */
@ApplicationScoped
public class MembersService {
  private final TenantContext context;
  private final MembershipRepository memberships;
  private final TenantRepository tenants;
  private final AccountService accounts;
  private final TenantAccessCache cache;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected MembersService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public MembersService(
      TenantContext context,
      MembershipRepository memberships,
      TenantRepository tenants,
      AccountService accounts,
      TenantAccessCache cache,
      Clock clock) {
    this.context = context;
    this.memberships = memberships;
    this.tenants = tenants;
    this.accounts = accounts;
    this.cache = cache;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.MEMBER_LIST)
  public List<Membership> list() {
    return memberships.activeOf(context.tenant());
  }

  /**
   * Adds a user by e-mail, INVITED until they next sign in; Cognito invites an unknown one. The
   * identity provider's name for the person is kept beside the one the hospital gives (screens show
   * the hospital's). The Cognito call comes before the first statement, so the transaction holds no
   * connection while it waits.
   */
  @Transactional
  @Guarded(Rule.MEMBER_ADD)
  public Membership add(String email, TenantRole role, String displayName) {
    String normalized = EmailAddress.normalize(email);
    UserProfile person = accounts.invite(normalized);
    String sub = person.sub();
    TenantId tenant = lockTenant();
    Membership membership =
        memberships
            .find(tenant, sub)
            .map(
                existing -> {
                  if (existing.isActive()) {
                    throw new TenancyProblems.MemberExists();
                  }
                  existing.reactivate(role, clock.instant());
                  if (displayName != null) {
                    existing.rename(DisplayNames.normalize(displayName));
                  }
                  return existing;
                })
            .orElseGet(
                () -> {
                  Membership added = new Membership(tenant, sub, normalized, role, clock.instant());
                  added.rename(DisplayNames.normalize(displayName));
                  memberships.add(added);
                  return added;
                });
    membership.knownToIdentityProviderAs(DisplayNames.fromIdentityProvider(person.name()));
    cache.forget(tenant, sub);
    return membership;
  }

  /**
   * Sends an INVITED member's invitation again (a new temporary password from the identity
   * provider). Nothing to send (409) once they have signed in, or when they have a password from
   * elsewhere. The membership is read first, so this transaction holds a connection during the
   * identity provider's call: an administrator's rare action, not a hot path.
   */
  @Transactional
  @Guarded(Rule.MEMBER_INVITE_AGAIN)
  public Membership inviteAgain(@Subject String sub) {
    Membership membership = activeMember(context.tenant(), sub);
    if (!membership.isInvited()) {
      throw TenancyProblems.NothingToResend.signedIn();
    }
    switch (accounts.resendInvitation(membership.email())) {
      case SENT -> membership.invitedAgain(clock.instant());
      case HAS_PASSWORD -> throw TenancyProblems.NothingToResend.hasPassword();
      case NO_ACCOUNT -> throw new NotFoundException();
    }
    return membership;
  }

  @Transactional
  @Guarded(Rule.MEMBER_CHANGE)
  public Membership change(@Subject String sub, ChangeMemberRequest changes) {
    if (changes.role() == null && changes.displayName() == null) {
      throw ProblemException.invalid("role, displayName", "give at least one of them");
    }
    TenantId tenant = lockTenant();
    Membership membership = activeMember(tenant, sub);
    if (changes.role() != null) {
      if (membership.role() == TenantRole.ADMIN && changes.role() != TenantRole.ADMIN) {
        requireAnotherAdmin(tenant, sub);
      }
      membership.changeRole(changes.role());
      cache.forget(tenant, sub);
    }
    if (changes.displayName() != null) {
      membership.rename(DisplayNames.normalize(changes.displayName()));
    }
    return membership;
  }

  @Transactional
  @Guarded(Rule.MEMBER_REMOVE)
  public void remove(@Subject String sub) {
    TenantId tenant = lockTenant();
    Membership membership = activeMember(tenant, sub);
    if (membership.role() == TenantRole.ADMIN) {
      requireAnotherAdmin(tenant, sub);
    }
    membership.remove();
    cache.forget(tenant, sub);
  }

  private TenantId lockTenant() {
    TenantId tenant = context.tenant();
    tenants.lock(tenant).orElseThrow(TenancyProblems.NoAccess::new);
    return tenant;
  }

  private Membership activeMember(TenantId tenant, String sub) {
    return memberships
        .find(tenant, sub)
        .filter(Membership::isActive)
        .orElseThrow(NotFoundException::new);
  }

  /**
   * Another administrator who can act must stay: one who has signed in since invited (an invitation
   * may never be taken up, a mistyped e-mail never is).
   */
  private void requireAnotherAdmin(TenantId tenant, String leaving) {
    if (memberships.countOthersSignedIn(tenant, TenantRole.ADMIN, leaving) == 0) {
      throw new TenancyProblems.LastAdmin();
    }
  }
}
