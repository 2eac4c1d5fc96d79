package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.access.entity.TenantRole;
import hms.tenancy.control.MembershipRepository;
import hms.tenancy.control.TenantContext;
import hms.tenancy.entity.Membership;
import hms.tenancy.entity.MembershipStatus;
import hms.tenancy.entity.StaffName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request hospital's clinicians (active DOCTOR and NURSE members), for the features that book
 * or record their work. Any member may see who they are.
 */
@ApplicationScoped
public class Staff {
  public static final Set<TenantRole> CLINICAL_ROLES =
      EnumSet.of(TenantRole.DOCTOR, TenantRole.NURSE);

  private final TenantContext context;
  private final MembershipRepository memberships;

  /** For the CDI proxy only. */
  protected Staff() {
    this(null, null);
  }

  @Inject
  public Staff(TenantContext context, MembershipRepository memberships) {
    this.context = context;
    this.memberships = memberships;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.CLINICIANS)
  public List<Clinician> clinicians() {
    return memberships.activeWithRoles(context.tenant(), CLINICAL_ROLES).stream()
        .map(Staff::clinician)
        .toList();
  }

  /** The clinician with this sub, when an active DOCTOR or NURSE of this hospital. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.CLINICIANS)
  public Optional<Clinician> clinician(String sub) {
    return memberships
        .find(context.tenant(), sub)
        .filter(m -> m.status() == MembershipStatus.ACTIVE)
        .filter(m -> CLINICAL_ROLES.contains(m.role()))
        .map(Staff::clinician);
  }

  /**
   * The e-mails and display names of the members with these subs (former members too: an
   * appointment still names who it was with), for the features that show whom their rows name; one
   * query.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.CLINICIANS)
  public Map<String, StaffName> names(Collection<String> subs) {
    return memberships.names(context.tenant(), subs);
  }

  private static Clinician clinician(Membership member) {
    return new Clinician(member.userSub(), member.email(), member.name(), member.role());
  }
}
