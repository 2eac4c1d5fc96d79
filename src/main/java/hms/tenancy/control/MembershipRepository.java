package hms.tenancy.control;

import hms.tenancy.entity.Membership;
import hms.tenancy.entity.MembershipKey;
import hms.tenancy.entity.MembershipStatus;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantRole;
import hms.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Who belongs to which tenant, in the platform schema. */
@ApplicationScoped
public class MembershipRepository {
  @PersistenceContext(unitName = "hms")
  EntityManager em;

  public Optional<Membership> find(TenantId tenant, String userSub) {
    return Optional.ofNullable(
        em.find(Membership.class, new MembershipKey(tenant.value(), userSub)));
  }

  public void add(Membership membership) {
    em.persist(membership);
  }

  public List<Membership> activeOf(TenantId tenant) {
    return em.createNamedQuery(Membership.OF_TENANT, Membership.class)
        .setParameter("tenant", tenant.value())
        .setParameter("status", MembershipStatus.ACTIVE)
        .getResultList();
  }

  /** The user's active memberships with their tenants, provisioned ones only. */
  public List<UserTenant> tenantsOf(String userSub) {
    return em
        .createNamedQuery(Membership.TENANTS_OF_USER, Object[].class)
        .setParameter("sub", userSub)
        .setParameter("status", MembershipStatus.ACTIVE)
        .setParameter("provisioning", TenantStatus.PROVISIONING)
        .getResultList()
        .stream()
        .map(row -> new UserTenant((Tenant) row[1], ((Membership) row[0]).role()))
        .toList();
  }

  public long countActive(TenantId tenant, TenantRole role) {
    return em.createNamedQuery(Membership.COUNT_WITH_ROLE, Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("role", role)
        .setParameter("status", MembershipStatus.ACTIVE)
        .getSingleResult();
  }

  /**
   * The tenant's state and the user's active role in it, in one round trip. Empty when the tenant
   * does not exist.
   */
  public Optional<TenantAccess> access(TenantId tenant, String userSub) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.status, t.schema_version, m.role FROM platform.tenants t"
                    + " LEFT JOIN platform.memberships m ON m.tenant_id = t.id"
                    + " AND m.user_sub = ?2 AND m.status = 'ACTIVE' WHERE t.id = ?1")
            .setParameter(1, tenant.value())
            .setParameter(2, userSub)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new TenantAccess(
                    TenantStatus.valueOf((String) row[0]),
                    ((Number) row[1]).intValue(),
                    Optional.ofNullable((String) row[2]).map(TenantRole::valueOf)));
  }
}
