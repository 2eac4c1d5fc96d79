package hms.tenancy.control;

import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The tenant registry in the platform schema. */
@ApplicationScoped
public class TenantRepository {
  @PersistenceContext(unitName = "hms")
  EntityManager em;

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value()));
  }

  /** The tenant, locked until the transaction ends: serializes changes to its memberships. */
  public Optional<Tenant> lock(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  public List<Tenant> page(int offset, int size) {
    return em.createQuery(Tenant.ALL, Tenant.class)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery(Tenant.COUNT, Long.class).getSingleResult();
  }

  /** Tenants whose schema is older than the given migration version. */
  public List<Tenant> behind(int version) {
    return em.createQuery(Tenant.BEHIND, Tenant.class)
        .setParameter("version", version)
        .getResultList();
  }
}
