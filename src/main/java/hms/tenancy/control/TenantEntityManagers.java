package hms.tenancy.control;

import hms.tenancy.boundary.TenantContext;
import hms.tenancy.entity.TenantSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * The request's EntityManager for the tenant in {@link TenantContext}: created on first use from
 * the one shared factory with EclipseLink's tenant property, joined to the JTA transaction when
 * there is one, closed with the request. The only place that sets the tenant property.
 */
@RequestScoped
public class TenantEntityManagers {
  @PersistenceUnit(unitName = "hms")
  EntityManagerFactory factory;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private final TenantContext tenant;
  private EntityManager em;

  /** For the CDI proxy only. */
  protected TenantEntityManagers() {
    this.tenant = null;
  }

  @Inject
  public TenantEntityManagers(TenantContext tenant) {
    this.tenant = tenant;
  }

  public EntityManager current() {
    if (em == null) {
      em =
          factory.createEntityManager(
              Map.of(TenantSettings.TENANT_PROPERTY, tenant.tenant().quotedSchema()));
    }
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
        && !em.isJoinedToTransaction()) {
      em.joinTransaction();
    }
    return em;
  }

  /**
   * A database object of the request's tenant (a sequence, a function) as a qualified SQL name, for
   * the native queries EclipseLink does not qualify itself.
   */
  public String qualified(String objectName) {
    if (!objectName.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain SQL name: " + objectName);
    }
    return tenant.tenant().quotedSchema() + "." + objectName;
  }

  /**
   * A second EntityManager for the same tenant, for work that must commit on its own (a refused
   * attempt's audit record survives the rollback of the request's transaction). Joined to the
   * current transaction; the caller closes it.
   */
  public EntityManager separate() {
    EntityManager separate =
        factory.createEntityManager(
            Map.of(TenantSettings.TENANT_PROPERTY, tenant.tenant().quotedSchema()));
    separate.joinTransaction();
    return separate;
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
  }
}
