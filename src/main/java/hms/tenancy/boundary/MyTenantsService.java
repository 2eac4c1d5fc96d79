package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.tenancy.control.MembershipRepository;
import hms.tenancy.control.UserTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tenants a user belongs to, for {@code /auth/me} and a front end's tenant picker. */
@ApplicationScoped
public class MyTenantsService {
  private final MembershipRepository memberships;

  /** For the CDI proxy only. */
  protected MyTenantsService() {
    this(null);
  }

  @Inject
  public MyTenantsService(MembershipRepository memberships) {
    this.memberships = memberships;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.OWN_SESSION)
  public List<UserTenant> of(String userSub) {
    return memberships.tenantsOf(userSub);
  }
}
