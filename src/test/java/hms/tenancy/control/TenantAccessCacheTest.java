package hms.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantAccessCacheTest {
  private static final Duration TTL = Duration.ofSeconds(30);
  private static final Optional<TenantAccess> MEMBER =
      Optional.of(new TenantAccess(TenantStatus.ACTIVE, 7, Optional.of(TenantRole.ADMIN)));

  private final AtomicLong nanos = new AtomicLong(1);
  private final List<String> queries = new ArrayList<>();
  private final TenantAccessCache cache =
      new TenantAccessCache(
          (tenant, sub) -> {
            queries.add(tenant.value() + "/" + sub);
            return sub.startsWith("member") ? MEMBER : Optional.empty();
          },
          TTL,
          nanos::get);

  private final TenantId a = new TenantId("hospital_a");
  private final TenantId b = new TenantId("hospital_b");

  @Test
  void reusesAnswersIncludingRefusalsForTheTtl() {
    assertEquals(MEMBER, cache.access(a, "member-1"));
    assertEquals(Optional.empty(), cache.access(a, "stranger"));
    cache.access(a, "member-1");
    cache.access(a, "stranger");
    assertEquals(2, queries.size(), queries.toString());
    assertEquals(2, cache.stats().hitCount());
    nanos.addAndGet(TTL.plusMillis(1).toNanos());
    cache.access(a, "member-1");
    assertEquals(3, queries.size(), "asked again after the TTL: " + queries);
  }

  @Test
  void forgetsOneMembershipOrAWholeTenant() {
    cache.access(a, "member-1");
    cache.access(a, "member-2");
    cache.access(b, "member-1");
    cache.forget(a, "member-1");
    cache.access(a, "member-1");
    cache.access(a, "member-2");
    assertEquals(4, queries.size(), queries.toString());
    cache.forget(a);
    cache.access(a, "member-2");
    cache.access(b, "member-1");
    assertEquals(
        List.of(
            "hospital_a/member-1",
            "hospital_a/member-2",
            "hospital_b/member-1",
            "hospital_a/member-1",
            "hospital_a/member-2"),
        queries);
  }
}
