package hms.auth.boundary;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;

/** The Cognito groups that carry meaning for the whole platform (not for one hospital). */
public final class PlatformRoles {
  /** Operates the platform: creates and suspends tenants. Grants no access to clinical data. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  private static final Set<String> KNOWN = Set.of(PLATFORM_ADMIN);

  private PlatformRoles() {}

  /** The caller's platform roles: the Cognito groups the server mapped to roles. */
  public static List<String> of(SecurityContext security) {
    return KNOWN.stream().filter(security::isUserInRole).sorted().toList();
  }
}
