package hms.tenancy.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant's id: a short lower-case slug. The only way to a schema name, which is derived here from
 * a validated id and never taken from a request as it is.
 */
public record TenantId(String value) {
  public static final String PATTERN = "^[a-z][a-z0-9_]{2,39}$";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  public TenantId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a tenant id");
    }
  }

  /** Empty for anything that is not a well-formed id, whatever it contains. */
  public static Optional<TenantId> parse(String candidate) {
    return candidate != null && VALID.matcher(candidate).matches()
        ? Optional.of(new TenantId(candidate))
        : Optional.empty();
  }

  /** The tenant's schema, unquoted: {@code t_<id>}. */
  public String schema() {
    return "t_" + value;
  }

  /** The schema as a quoted SQL identifier. */
  public String quotedSchema() {
    return '"' + schema() + '"';
  }

  @Override
  public String toString() {
    return value;
  }
}
