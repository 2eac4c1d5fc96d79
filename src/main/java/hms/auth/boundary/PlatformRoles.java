package hms.auth.boundary;

import java.util.List;
import java.util.Set;

/** The Cognito groups that carry meaning for the whole platform (not for one hospital). */
public final class PlatformRoles {
  /** Operates the platform: creates and suspends tenants. Grants no access to clinical data. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  private static final Set<String> KNOWN = Set.of(PLATFORM_ADMIN);

  private PlatformRoles() {}

  /** The platform roles among a user's Cognito groups, sorted. */
  static List<String> of(Set<String> groups) {
    return KNOWN.stream().filter(groups::contains).sorted().toList();
  }
}
