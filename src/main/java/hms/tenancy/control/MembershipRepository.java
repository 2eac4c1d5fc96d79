package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Invitation;
import hms.tenancy.entity.Membership;
import hms.tenancy.entity.MembershipKey;
import hms.tenancy.entity.MembershipStatus;
import hms.tenancy.entity.StaffName;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Who belongs to which tenant, in the platform schema. */
@ApplicationScoped
public class MembershipRepository {
  @PersistenceContext(unitName = "hms")
  EntityManager em;

  @Resource(name = "jdbc/hmsAccess", lookup = "jdbc/hms", shareable = false)
  DataSource accessDataSource;

  @Inject TenantEntityManagers tenantEm;

  public Optional<Membership> find(TenantId tenant, String userSub) {
    return Optional.ofNullable(
        em.find(Membership.class, new MembershipKey(tenant.value(), userSub)));
  }

  public void add(Membership membership) {
    em.persist(membership);
  }

  /** Every membership of the person, in every tenant, whatever its status. */
  public List<Membership> ofUser(String userSub) {
    return em.createQuery(Membership.OF_USER, Membership.class)
        .setParameter("sub", userSub)
        .getResultList();
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

  /**
   * The e-mails and names (the hospital's, else the identity provider's) of the tenant's members
   * with these subs, whatever their status: one statement of fixed text (a server-side prepared
   * statement once warm) on the request's own connection, the tenant EntityManager's. Through the
   * platform's EntityManager it took a second pooled connection for the rest of the request and
   * parsed its JPQL on every call: the appointment list spent more on it than on the appointments.
   * Subs are Cognito's ids, which hold no comma.
   */
  public Map<String, StaffName> names(TenantId tenant, Collection<String> subs) {
    if (subs.isEmpty()) {
      return Map.of();
    }
    List<?> rows =
        tenantEm
            .current()
            .createNativeQuery(
                "SELECT user_sub, email, COALESCE(display_name, idp_name) FROM platform.memberships"
                    + " WHERE tenant_id = ?1 AND user_sub = ANY(string_to_array(?2, ','))")
            .setParameter(1, tenant.value())
            .setParameter(2, String.join(",", Set.copyOf(subs)))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .collect(
            Collectors.toMap(
                row -> (String) row[0], row -> new StaffName((String) row[1], (String) row[2])));
  }

  /**
   * The tenant's active members with this role other than {@code sub} who have signed in since they
   * were last invited: the ones who can act (an invitation may never be taken up).
   */
  public long countOthersSignedIn(TenantId tenant, TenantRole role, String sub) {
    return em.createQuery(Membership.COUNT_OTHERS_SIGNED_IN_WITH_ROLE, Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("role", role)
        .setParameter("status", MembershipStatus.ACTIVE)
        .setParameter("accepted", Invitation.ACCEPTED)
        .setParameter("sub", sub)
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
