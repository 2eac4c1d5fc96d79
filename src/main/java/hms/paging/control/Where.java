package hms.paging.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JPQL filter put together from the conditions a request asks for, with named parameters only:
 * values never enter the text, so the number of distinct query strings (each parsed and prepared
 * once by EclipseLink) stays the number of filter combinations.
 */
public final class Where {
  private final StringJoiner conditions =
      new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition that uses one named parameter. */
  public Where and(String condition, String parameter, Object value) {
    conditions.add(condition);
    return parameter(parameter, value);
  }

  /** Adds a condition without a parameter ({@code f.recordId IS NULL}). */
  public Where and(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Sets a parameter that a condition uses. */
  public Where parameter(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /** " WHERE ..." or nothing. */
  public String clause() {
    return conditions.toString();
  }

  public <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * One page of the entities that match, in {@code orderBy} (JPQL over {@code alias}); end it with
   * a unique attribute so that pages are stable.
   */
  public <T> List<T> page(
      EntityManager em, Class<T> entity, String alias, String orderBy, int offset, int size) {
    return bind(em.createQuery(pageQuery(entity, alias, orderBy), entity))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many entities match. */
  public long count(EntityManager em, Class<?> entity, String alias) {
    return bind(em.createQuery(countQuery(entity, alias), Long.class)).getSingleResult();
  }

  String pageQuery(Class<?> entity, String alias, String orderBy) {
    return "SELECT " + alias + from(entity, alias) + " ORDER BY " + orderBy;
  }

  String countQuery(Class<?> entity, String alias) {
    return "SELECT COUNT(" + alias + ")" + from(entity, alias);
  }

  /** The entity by its default JPA name, the simple class name (no entity here renames itself). */
  private String from(Class<?> entity, String alias) {
    return " FROM " + entity.getSimpleName() + " " + alias + clause();
  }
}
