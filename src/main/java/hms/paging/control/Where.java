package hms.paging.control;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
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
}
