package hms.tenancy.control;

import hms.tenancy.entity.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request rule's answers, kept in this node's memory so that the tenant check costs no database
 * round trip on the hot path. Entries live {@code tenancy.access-cache.ttl}; a change made through
 * this node drops the entries it affects at once, a change made through another node is seen here
 * within the TTL. Unknown tenants and non-members are cached too, so probing for tenant ids cannot
 * make each request a query.
 */
@ApplicationScoped
public class TenantAccessCache {
  static final int MAX_ENTRIES = 100_000;

  private record Key(String tenant, String userSub) {}

  private record Entry(Optional<TenantAccess> access, Instant expires) {}

  private final MembershipRepository memberships;
  private final Duration ttl;
  private final Clock clock = Clock.systemUTC();
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** For the CDI proxy only. */
  protected TenantAccessCache() {
    this.memberships = null;
    this.ttl = null;
  }

  @Inject
  public TenantAccessCache(
      MembershipRepository memberships,
      // How long a tenant check is reused before the database is asked again (ISO-8601).
      @ConfigProperty(name = "tenancy.access-cache.ttl", defaultValue = "PT30S") String ttl) {
    this.memberships = memberships;
    this.ttl = Duration.parse(ttl);
  }

  public Optional<TenantAccess> access(TenantId tenant, String userSub) {
    Key key = new Key(tenant.value(), userSub);
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry == null || entry.expires().isBefore(now)) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.values().removeIf(e -> e.expires().isBefore(now));
      }
      entry = new Entry(memberships.access(tenant, userSub), now.plus(ttl));
      entries.put(key, entry);
    }
    return entry.access();
  }

  /** After a change to the tenant itself (status, schema). */
  public void forget(TenantId tenant) {
    entries.keySet().removeIf(key -> key.tenant().equals(tenant.value()));
  }

  /** After a change to one membership. */
  public void forget(TenantId tenant, String userSub) {
    entries.remove(new Key(tenant.value(), userSub));
  }
}
