package hms.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import hms.tenancy.entity.TenantId;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bookkeeping of the per-tenant factories, with stand-in factories that record close(). */
class TenantFactoriesTest {
  private final List<String> created = new ArrayList<>();
  private final List<String> closed = new ArrayList<>();
  private final TenantFactories factories = new TenantFactories(2, this::standIn);

  @Test
  void aTenantKeepsItsFactoryAcrossRequests() {
    TenantFactories.Lease first = factories.lease(new TenantId("alpha"));
    first.release();
    TenantFactories.Lease second = factories.lease(new TenantId("alpha"));
    assertSame(first.factory(), second.factory());
    assertEquals(List.of("alpha"), created);
  }

  @Test
  void theLeastRecentlyUsedGoesAndIsClosedOnlyAfterItsLastRequest() {
    TenantFactories.Lease alpha = factories.lease(new TenantId("alpha"));
    factories.lease(new TenantId("beta")).release();
    factories.lease(new TenantId("gamma")).release();
    assertEquals(List.of(), closed, "alpha is out of the map but still in use");
    alpha.release();
    assertEquals(List.of("alpha"), closed);
    alpha.release();
    assertEquals(List.of("alpha"), closed, "a second release changes nothing");

    factories.lease(new TenantId("alpha")).release();
    assertEquals(List.of("alpha", "beta", "gamma", "alpha"), created);
    assertEquals(List.of("alpha", "beta"), closed);
  }

  private EntityManagerFactory standIn(TenantId tenant) {
    created.add(tenant.value());
    return (EntityManagerFactory)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManagerFactory.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                closed.add(tenant.value());
              }
              return null;
            });
  }
}
