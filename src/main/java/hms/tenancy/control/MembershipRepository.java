package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Membership;
import hms.tenancy.entity.MembershipKey;
import hms.tenancy.entity.MembershipStatus;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Who belongs to which tenant, in the platform schema. */
@ApplicationScoped
public class MembershipRepository {
  @PersistenceContext(unitName = "hms")
  EntityManager em;

  @Resource(name = "jdbc/hmsAccess", lookup = "jdbc/hms", shareable = false)
  DataSource accessDataSource;

  public Optional<Membership> find(TenantId tenant, String userSub) {
    return Optional.ofNullable(
        em.find(Membership.class, new MembershipKey(tenant.value(), userSub)));
  }

  public void add(Membership membership) {
    em.persist(membership);
  }

  public List<Membership> activeOf(TenantId tenant) {
    return em.createQuery(Membership.OF_TENANT, Membership.class)
        .setParameter("tenant", tenant.value())
        .setParameter("status", MembershipStatus.ACTIVE)
        .getResultList();
  }

  /** The user's active memberships with their tenants, provisioned ones only. */
  public List<UserTenant> tenantsOf(String userSub) {
    return em
        .createQuery(Membership.TENANTS_OF_USER, Object[].class)
        .setParameter("sub", userSub)
        .setParameter("status", MembershipStatus.ACTIVE)
        .setParameter("provisioning", TenantStatus.PROVISIONING)
        .getResultList()
        .stream()
        .map(row -> new UserTenant((Tenant) row[1], ((Membership) row[0]).role()))
        .toList();
  }

  /** The tenant's active members with one of the roles, by e-mail. */
  public List<Membership> activeWithRoles(TenantId tenant, Set<TenantRole> roles) {
    return em.createQuery(Membership.WITH_ROLES, Membership.class)
        .setParameter("tenant", tenant.value())
        .setParameter("roles", roles)
        .setParameter("status", MembershipStatus.ACTIVE)
        .getResultList();
  }

  /** The tenant's memberships of these users, whatever their status; one query. */
  public List<Membership> ofUsers(TenantId tenant, Collection<String> subs) {
    if (subs.isEmpty()) {
      return List.of();
    }
    return em.createQuery(Membership.OF_USERS, Membership.class)
        .setParameter("tenant", tenant.value())
        .setParameter("subs", Set.copyOf(subs))
        .getResultList();
  }

  public long countActive(TenantId tenant, TenantRole role) {
    return em.createQuery(Membership.COUNT_WITH_ROLE, Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("role", role)
        .setParameter("status", MembershipStatus.ACTIVE)
        .getSingleResult();
  }

  /**
   * The tenant's state and the user's active role in it, in one query. Empty when the tenant does
   * not exist. Plain JDBC on an unshareable connection, which goes back to the pool when closed: a
   * shareable one would stay with the request until it ends, and the request's tenant EntityManager
   * would need a second connection from the pool at the same time.
   */
  public Optional<TenantAccess> access(TenantId tenant, String userSub) {
    try (Connection connection = accessDataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT t.status, t.schema_version, m.role FROM platform.tenants t"
                    + " LEFT JOIN platform.memberships m ON m.tenant_id = t.id"
                    + " AND m.user_sub = ? AND m.status = 'ACTIVE' WHERE t.id = ?")) {
      query.setString(1, userSub);
      query.setString(2, tenant.value());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new TenantAccess(
                TenantStatus.valueOf(row.getString(1)),
                row.getInt(2),
                Optional.ofNullable(row.getString(3)).map(TenantRole::valueOf)));
      }
    } catch (SQLException e) {
      throw new PersistenceException("The tenant check failed", e);
    }
  }
}
