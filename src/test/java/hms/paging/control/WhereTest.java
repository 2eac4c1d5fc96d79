package hms.paging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {
  /** An entity by its default JPA name, as the repositories' are. */
  private static final class Visit {}

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

    Recorded recorded = new Recorded();
    where.bind(recorded.query(Query.class));
    assertEquals(Map.of("status", "ACTIVE", "prefix", "o'brien%"), recorded.parameters);
  }

  @Test
  void aConditionWithoutParameterBindsNothing() {
    Where where = new Where().and("v.status <> :deleted", "deleted", "DELETED").and("v.x IS NULL");
    assertEquals(" WHERE v.status <> :deleted AND v.x IS NULL", where.clause());

    Recorded recorded = new Recorded();
    where.bind(recorded.query(Query.class));
    assertEquals(Map.of("deleted", "DELETED"), recorded.parameters);
  }

  @Test
  void aPageSelectsTheEntityInTheOrderFromTheOffset() {
    Recorded recorded = new Recorded();
    new Where()
        .and("v.patientId = :patient", "patient", "p-1")
        .page(recorded.entityManager(), Visit.class, "v", "v.createdAt DESC, v.id", 40, 20);
    assertEquals(
        List.of(
            "SELECT v FROM Visit v WHERE v.patientId = :patient ORDER BY v.createdAt DESC, v.id"),
        recorded.queries);
    assertEquals(Map.of("patient", "p-1"), recorded.parameters);
    assertEquals(40, recorded.firstResult);
    assertEquals(20, recorded.maxResults);
  }

  @Test
  void theCountHasTheSameConditionsAndNoOrder() {
    Recorded recorded = new Recorded();
    Where where = new Where().and("v.at >= :from", "from", 1).and("v.at < :to", "to", 2);
    long count = where.count(recorded.entityManager(), Visit.class, "v");
    assertEquals(
        List.of("SELECT COUNT(v) FROM Visit v WHERE v.at >= :from AND v.at < :to"),
        recorded.queries);
    assertEquals(Map.of("from", 1, "to", 2), recorded.parameters);
    assertEquals(7L, count);
  }

  @Test
  void withoutConditionsAllAreListedAndCounted() {
    Recorded recorded = new Recorded();
    EntityManager em = recorded.entityManager();
    new Where().page(em, Visit.class, "v", "v.startsAt, v.id", 0, 100);
    new Where().count(em, Visit.class, "v");
    assertEquals(
        List.of("SELECT v FROM Visit v ORDER BY v.startsAt, v.id", "SELECT COUNT(v) FROM Visit v"),
        recorded.queries);
  }

  /** What a repository asked of the EntityManager and its queries. */
  private static final class Recorded {
    final List<String> queries = new ArrayList<>();
    final Map<String, Object> parameters = new LinkedHashMap<>();
    int firstResult = -1;
    int maxResults = -1;

    EntityManager entityManager() {
      return (EntityManager)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("createQuery")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                queries.add((String) args[0]);
                return query(TypedQuery.class);
              });
    }

    <Q extends Query> Q query(Class<Q> type) {
      return type.cast(
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {type},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setParameter" -> {
                      parameters.put((String) args[0], args[1]);
                      yield proxy;
                    }
                    case "setFirstResult" -> {
                      firstResult = (int) args[0];
                      yield proxy;
                    }
                    case "setMaxResults" -> {
                      maxResults = (int) args[0];
                      yield proxy;
                    }
                    case "getResultList" -> List.of();
                    case "getSingleResult" -> 7L;
                    default -> throw new UnsupportedOperationException(method.getName());
                  }));
    }
  }
}
