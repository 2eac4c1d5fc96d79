package hms.quota.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The token buckets of this node: one per user and one per hospital, each holding its policy's
 * requests and refilled evenly over its window (Bucket4j, greedy refill). A bucket nobody used for
 * a whole window is full again, so it is dropped then and nothing is lost; at most {@link
 * #MAX_BUCKETS} of each kind are kept (beyond that Caffeine evicts the least used: its owner starts
 * over with a full bucket).
 */
@ApplicationScoped
public class Quotas {
  static final int MAX_BUCKETS = 100_000;

  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

  private final Policy user;
  private final Policy tenant;
  private final Cache<String, Bucket> users;
  private final Cache<String, Bucket> tenants;

  /** For the CDI proxy only. */
  protected Quotas() {
    this.user = null;
    this.tenant = null;
    this.users = null;
    this.tenants = null;
  }

  @Inject
  public Quotas(QuotaSettings settings) {
    this(settings.user(), settings.tenant());
  }

  Quotas(Policy user, Policy tenant) {
    this.user = user;
    this.tenant = tenant;
    this.users = buckets(user);
    this.tenants = buckets(tenant);
  }

  private static Cache<String, Bucket> buckets(Policy policy) {
    return Caffeine.newBuilder()
        .maximumSize(MAX_BUCKETS)
        .expireAfterAccess(policy.window())
        // Upkeep on the calling request, not on a pool thread the server does not manage.
        .executor(Runnable::run)
        .build();
  }

  /**
   * Counts one request of the user in the hospital against both quotas: refused by the first that
   * is spent (the user's first, so that one user's flood does not use up the hospital's), and then
   * counted against neither.
   */
  public Verdict take(String userSub, String tenantId) {
    List<Verdict.State> states = new ArrayList<>(2);
    Bucket mine = users.get(userSub, k -> bucket(user));
    ConsumptionProbe byUser = mine.tryConsumeAndReturnRemaining(1);
    if (!byUser.isConsumed()) {
      return refused(user, byUser);
    }
    states.add(state(user, byUser));
    ConsumptionProbe byTenant =
        tenants.get(tenantId, k -> bucket(tenant)).tryConsumeAndReturnRemaining(1);
    if (!byTenant.isConsumed()) {
      mine.addTokens(1);
      return refused(tenant, byTenant);
    }
    states.add(state(tenant, byTenant));
    return Verdict.served(states);
  }

  private static Bucket bucket(Policy policy) {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit.capacity(policy.requests()).refillGreedy(policy.requests(), policy.window()))
        .build();
  }

  private static Verdict.State state(Policy policy, ConsumptionProbe probe) {
    return new Verdict.State(
        policy, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()));
  }

  private static Verdict refused(Policy policy, ConsumptionProbe probe) {
    return Verdict.refused(
        new Verdict.State(policy, 0, seconds(probe.getNanosToWaitForReset())),
        Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  /** Whole seconds, rounded up: a client that waits that long finds the units back. */
  private static long seconds(long nanos) {
    return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
  }
}
