package hms.tenancy.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The request rule's answers, kept in this node's memory so that the tenant check costs no database
 * round trip on the hot path. Entries live {@code tenancy.access-cache.ttl}; a change made through
 * this node drops the entries it affects at once, a change made through another node is seen here
 * within the TTL. Unknown tenants and non-members are cached too, so probing for tenant ids cannot
 * make each request a query. At most {@link #MAX_ENTRIES} entries; beyond that Caffeine evicts.
 * Hits and misses are counted (per hospital where the operator enables it, hms.metrics).
 */
@ApplicationScoped
public class TenantAccessCache {
  static final int MAX_ENTRIES = 100_000;

  private record Key(String tenant, String userSub) {}

  private final BiFunction<TenantId, String, Optional<TenantAccess>> lookup;
  private final Cache<Key, Optional<TenantAccess>> entries;
  private final Counter lookups;

  /** For the CDI proxy only. */
  protected TenantAccessCache() {
    this.lookup = null;
    this.entries = null;
    this.lookups = null;
  }

  @Inject
  public TenantAccessCache(
      MembershipRepository memberships, TenancySettings settings, Metrics metrics) {
    this(memberships::access, settings.accessCacheTtl(), Ticker.systemTicker(), metrics);
  }

  TenantAccessCache(
      BiFunction<TenantId, String, Optional<TenantAccess>> lookup, Duration ttl, Ticker ticker) {
    this(lookup, ttl, ticker, Metrics.none());
  }

  TenantAccessCache(
      BiFunction<TenantId, String, Optional<TenantAccess>> lookup,
      Duration ttl,
      Ticker ticker,
      Metrics metrics) {
    this.lookup = lookup;
    this.lookups =
        metrics
            .tenantCounter(
                "hms.tenant.access.cache",
                "Tenant checks answered from the cache (hit) or not",
                "result")
            .startingAtZero("hit", "miss");
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(ttl)
            // Upkeep on the calling request, not on a pool thread the server does not manage.
            .executor(Runnable::run)
            .ticker(ticker)
            .recordStats()
            .build();
  }

  public Optional<TenantAccess> access(TenantId tenant, String userSub) {
    Key key = new Key(tenant.value(), userSub);
    Optional<TenantAccess> known = entries.getIfPresent(key);
    if (known != null) {
      lookups.incrementFor(tenant.value(), "hit");
      return known;
    }
    lookups.incrementFor(tenant.value(), "miss");
    // Read outside the cache (as before Caffeine): a loader runs under a lock on part of the map,
    // so with a stalled database other callers' misses would queue behind it.
    Optional<TenantAccess> access = lookup.apply(tenant, userSub);
    entries.put(key, access);
    return access;
  }

  /** After a change to the tenant itself (status, schema). */
  public void forget(TenantId tenant) {
    entries.asMap().keySet().removeIf(key -> key.tenant().equals(tenant.value()));
  }

  /** After a change to one membership. */
  public void forget(TenantId tenant, String userSub) {
    entries.invalidate(new Key(tenant.value(), userSub));
  }

  CacheStats stats() {
    return entries.stats();
  }
}
