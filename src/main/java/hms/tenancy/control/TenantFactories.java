package hms.tenancy.control;

import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantSchema;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One EntityManagerFactory (an EclipseLink server session) per recently used tenant, its tenant
 * schema fixed when it is created, kept in a bounded least-recently-used map. With one factory for
 * all tenants, EclipseLink clones and initializes every tenant entity's descriptor and re-prepares
 * the tenant's queries for each transaction, the largest cost of a patient read when it was
 * profiled (docs/benchmarks.md, "First pass: before and after each fix"); here that happens once
 * per tenant. The factories share no cache: each runs with the shared cache off, so no entity
 * outlives its request. Metrics: how many factories live, were created, were evicted (pushed out of
 * the map by a more recently used tenant).
 */
@ApplicationScoped
public class TenantFactories {
  private static final Logger LOG = Logger.getLogger(TenantFactories.class.getName());

  // Looked up once here, not by each request's TenantEntityManagers: resource injection into a
  // request-scoped bean is a JNDI lookup per request, a visible share of a list page's CPU
  // (docs/benchmarks.md, "First pass: before and after each fix").
  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private final int capacity;
  private final Function<TenantId, EntityManagerFactory> creator;
  private final Map<TenantId, Entry> factories = new LinkedHashMap<>(16, 0.75f, true);
  private final Counter created;
  private final Counter evicted;

  /** For the CDI proxy only. */
  protected TenantFactories() {
    this(1, (Function<TenantId, EntityManagerFactory>) null);
  }

  @Inject
  public TenantFactories(TenancySettings settings, Metrics metrics) {
    this(settings.factoriesMax(), tenant -> create(tenant, settings.jpaTargetServer()), metrics);
  }

  TenantFactories(int capacity, Function<TenantId, EntityManagerFactory> creator) {
    this(capacity, creator, Metrics.none());
  }

  TenantFactories(int capacity, Function<TenantId, EntityManagerFactory> creator, Metrics metrics) {
    this.capacity = capacity;
    this.creator = creator;
    this.created =
        metrics.counter("hms.tenant.factories.built", "Tenant EntityManagerFactories built");
    this.evicted =
        metrics.counter(
            "hms.tenant.factories.evicted",
            "Tenant EntityManagerFactories pushed out by more recently used tenants");
    metrics.gauge(
        "hms.tenant.factories.live", "Tenant EntityManagerFactories kept now", this::live);
  }

  /** How many factories the map holds now. */
  int live() {
    synchronized (factories) {
      return factories.size();
    }
  }

  /**
   * The tenant's factory, held until {@link Lease#release()}: a factory pushed out of the map while
   * a request still uses it is closed only when its last lease ends, never under that request.
   */
  public Lease lease(TenantId tenant) {
    synchronized (factories) {
      Entry known = factories.get(tenant);
      if (known != null) {
        return known.lease();
      }
    }
    // Created outside the lock (tens of milliseconds); a concurrent first request may race.
    EntityManagerFactory created = creator.apply(tenant);
    synchronized (factories) {
      Entry known = factories.get(tenant);
      if (known != null) {
        created.close();
        return known.lease();
      }
      Entry entry = new Entry(created);
      factories.put(tenant, entry);
      this.created.increment();
      if (factories.size() > capacity) {
        Iterator<Entry> eldest = factories.values().iterator();
        eldest.next().retire();
        eldest.remove();
        evicted.increment();
      }
      return entry.lease();
    }
  }

  /** A factory in use by one request. */
  public final class Lease {
    private final Entry entry;
    private boolean released;

    private Lease(Entry entry) {
      this.entry = entry;
    }

    public EntityManagerFactory factory() {
      return entry.factory;
    }

    public void release() {
      synchronized (factories) {
        if (!released) {
          released = true;
          entry.leases--;
          entry.closeIfDone();
        }
      }
    }
  }

  /** A factory and how many requests hold it; guarded by the map's lock. */
  private final class Entry {
    private final EntityManagerFactory factory;
    private int leases;
    private boolean retired;

    private Entry(EntityManagerFactory factory) {
      this.factory = factory;
    }

    private Lease lease() {
      leases++;
      return new Lease(this);
    }

    private void retire() {
      retired = true;
      closeIfDone();
    }

    private void closeIfDone() {
      if (retired && leases == 0) {
        factory.close();
      }
    }
  }

  public TransactionSynchronizationRegistry transactions() {
    return transactions;
  }

  private static EntityManagerFactory create(TenantId tenant, String targetServer) {
    long started = System.nanoTime();
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(
            "hms",
            Map.of(
                TenantSchema.PROPERTY,
                tenant.quotedSchema(),
                "eclipselink.session-name",
                "hms-" + tenant.schema(),
                "eclipselink.target-server",
                targetServer,
                "eclipselink.multitenant.tenants-share-emf",
                "false",
                "jakarta.persistence.sharedCache.mode",
                "NONE",
                // Reads inside a transaction on the transaction's connection, taken once: by
                // default each read took a connection handle from the data source and gave it
                // back (3 % of a patient read's CPU), and the audit insert took another.
                "eclipselink.transaction.join-existing",
                "true"));
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
      factories.values().forEach(Entry::retire);
      factories.clear();
    }
  }
}
