package hms.auth.entity;

import java.time.Instant;
import java.util.Set;

/**
 * A Cognito access token whose signature, issuer, lifetime, use and client were checked.
 *
 * @param raw the token as presented, for calls to Cognito on the user's behalf; never logged
 * @param sub the user's Cognito subject id
 * @param groups the user's Cognito groups ({@code cognito:groups})
 * @param expiresAt when the token expires
 */
public record AccessToken(String raw, String sub, Set<String> groups, Instant expiresAt) {
  public AccessToken {
    groups = Set.copyOf(groups);
  }

  /** Everything but the token itself: a record prints its fields, and this one is a secret. */
  @Override
  public String toString() {
    return "AccessToken[sub=" + sub + ", groups=" + groups + ", expiresAt=" + expiresAt + "]";
  }
}
