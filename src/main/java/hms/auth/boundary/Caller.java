package hms.auth.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the verified access token's subject and platform roles. */
@RequestScoped
public class Caller {
  private final JsonWebToken token;

  /** For the CDI proxy only. */
  protected Caller() {
    this.token = null;
  }

  @Inject
  public Caller(JsonWebToken token) {
    this.token = token;
  }

  /** Cognito's subject id; never null behind {@code AccessTokenFilter}. */
  public String sub() {
    return token.getSubject();
  }

  /** Member of the Cognito group platform-admin. */
  public boolean isPlatformAdmin() {
    Object groups = token.getClaim("cognito:groups");
    if (groups instanceof JsonArray array) {
      return array.getValuesAs(JsonString.class).stream()
          .anyMatch(group -> PlatformRoles.PLATFORM_ADMIN.equals(group.getString()));
    }
    return groups instanceof Collection<?> names && names.contains(PlatformRoles.PLATFORM_ADMIN);
  }
}
