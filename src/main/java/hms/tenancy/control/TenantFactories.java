package hms.tenancy.control;

import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One EntityManagerFactory (an EclipseLink server session) per recently used tenant, its tenant
 * schema fixed when it is created, kept in a bounded least-recently-used map. With one factory for
 * all tenants, EclipseLink clones and initializes every tenant entity's descriptor and re-prepares
 * the tenant's queries for each transaction (42 % of a patient read's CPU, docs/benchmarks.md);
 * here that happens once per tenant. The factories share no cache: each runs with the shared cache
 * off, so no entity outlives its request.
 */
@ApplicationScoped
public class TenantFactories {
  private static final Logger LOG = Logger.getLogger(TenantFactories.class.getName());

  // Looked up once here, not by each request's TenantEntityManagers: resource injection into a
  // request-scoped bean is a JNDI lookup per request (10 % of a list page's CPU).
  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private final int capacity;
  private final String targetServer;
  private final Map<TenantId, EntityManagerFactory> factories;

  /** For the CDI proxy only. */
  protected TenantFactories() {
    this(1, null);
  }

  @Inject
  public TenantFactories(
      // How many tenants keep a factory (each a few hundred KB); the least recently used goes.
      @ConfigProperty(name = "tenancy.factories.max", defaultValue = "200") int capacity,
      // EclipseLink's name for the server's JTA integration.
      @ConfigProperty(name = "tenancy.jpa.target-server", defaultValue = "WebSphere_Liberty")
          String targetServer) {
    this.capacity = capacity;
    this.targetServer = targetServer;
    this.factories = new LinkedHashMap<>(16, 0.75f, true);
  }

  public EntityManagerFactory of(TenantId tenant) {
    synchronized (factories) {
      EntityManagerFactory known = factories.get(tenant);
      if (known != null && known.isOpen()) {
        return known;
      }
    }
    EntityManagerFactory created = create(tenant);
    synchronized (factories) {
      EntityManagerFactory raced = factories.putIfAbsent(tenant, created);
      if (raced != null && raced.isOpen()) {
        created.close();
        return raced;
      }
      factories.put(tenant, created);
      if (factories.size() > capacity) {
        var eldest = factories.entrySet().iterator().next();
        factories.remove(eldest.getKey());
        eldest.getValue().close();
      }
      return created;
    }
  }

  public TransactionSynchronizationRegistry transactions() {
    return transactions;
  }

  private EntityManagerFactory create(TenantId tenant) {
    long started = System.nanoTime();
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(
            "hms",
            Map.of(
                TenantSettings.TENANT_PROPERTY,
                tenant.quotedSchema(),
                "eclipselink.session-name",
                "hms-" + tenant.schema(),
                "eclipselink.target-server",
                targetServer,
                "eclipselink.multitenant.tenants-share-emf",
                "false",
                "jakarta.persistence.sharedCache.mode",
                "NONE"));
    factory.createEntityManager().close();
    LOG.fine(
        () ->
            "Factory for "
                + tenant.schema()
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    return factory;
  }

  @PreDestroy
  void closeAll() {
    synchronized (factories) {
      factories.values().forEach(EntityManagerFactory::close);
      factories.clear();
    }
  }
}
