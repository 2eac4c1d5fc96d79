package hms.paging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void noConditionIsNoClause() {
    assertEquals("", new Where().clause());
  }

  @Test
  void conditionsJoinWithAndAndValuesStayParameters() {
    Where where =
        new Where()
            .and("p.status = :status", "status", "ACTIVE")
            .and("(p.a LIKE :prefix OR p.b LIKE :prefix)", "prefix", "o'brien%");
    assertEquals(
        " WHERE p.status = :status AND (p.a LIKE :prefix OR p.b LIKE :prefix)", where.clause());

    Map<String, Object> bound = new LinkedHashMap<>();
    Query query =
        (Query)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                  bound.put((String) args[0], args[1]);
                  return proxy;
                });
    where.bind(query);
    assertEquals(Map.of("status", "ACTIVE", "prefix", "o'brien%"), bound);
  }
}
