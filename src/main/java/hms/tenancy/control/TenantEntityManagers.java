package hms.tenancy.control;

import hms.tenancy.entity.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The request's EntityManager for the tenant in {@link TenantContext}: created on first use from
 * the tenant's own factory ({@link TenantFactories}, which fixes EclipseLink's tenant property),
 * joined to the JTA transaction when there is one, closed with the request.
 */
@RequestScoped
public class TenantEntityManagers {
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private final TenantContext tenant;
  private final TenantFactories factories;
  private TenantFactories.Lease lease;
  private EntityManager em;

  /** For the CDI proxy only. */
  protected TenantEntityManagers() {
    this(null, null);
  }

  @Inject
  public TenantEntityManagers(TenantContext tenant, TenantFactories factories) {
    this.tenant = tenant;
    this.factories = factories;
  }

  public EntityManager current() {
    if (em == null) {
      em = factory().createEntityManager();
    }
    if (factories.transactions().getTransactionStatus() == Status.STATUS_ACTIVE
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
    return qualified(tenant.tenant(), objectName);
  }

  /**
   * A database object of another tenant as a qualified SQL name, for a native statement through the
   * platform's EntityManager that must not create or hold that tenant's factory (a refused
   * request's record in the tenant's trail).
   */
  public String qualified(TenantId other, String objectName) {
    if (!PLAIN_NAME.matcher(objectName).matches()) {
      throw new IllegalArgumentException("Not a plain SQL name: " + objectName);
    }
    return other.quotedSchema() + "." + objectName;
  }

  /**
   * A second EntityManager for the same tenant, for work that must commit on its own (a refused
   * attempt's audit record survives the rollback of the request's transaction). Joined to the
   * current transaction; the caller closes it.
   */
  public EntityManager separate() {
    EntityManager separate = factory().createEntityManager();
    separate.joinTransaction();
    return separate;
  }

  /**
   * Runs work with an EntityManager of another tenant than the request's (the platform's changes,
   * recorded in the tenant's own audit trail), joined to the current transaction and flushed.
   */
  public void inTenant(TenantId tenant, Consumer<EntityManager> work) {
    TenantFactories.Lease held = factories.lease(tenant);
    try {
      EntityManager em = held.factory().createEntityManager();
      try {
        em.joinTransaction();
        work.accept(em);
        em.flush();
      } finally {
        em.close();
      }
    } finally {
      held.release();
    }
  }

  /** The tenant's factory, held for the rest of the request. */
  private EntityManagerFactory factory() {
    if (lease == null) {
      lease = factories.lease(tenant.tenant());
    }
    return lease.factory();
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
    if (lease != null) {
      lease.release();
    }
  }
}
