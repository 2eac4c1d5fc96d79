package hms.auth.boundary;

import hms.auth.control.CognitoSettings;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every endpoint needs a Cognito access token unless it is marked {@link PermitAll}: secure by
 * default. The server's MicroProfile JWT has checked signature, issuer and lifetime already; this
 * adds what it cannot: Cognito also signs ID tokens with the same keys, so only tokens with {@code
 * token_use=access} issued to one of our app clients are accepted.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {
  /** Cognito's tokens are 1-2 KB; a much larger one is an attack on parsers or headers. */
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  /**
   * Three segments of unpadded base64url, as RFC 7515 writes them. A decoder that accepts padding
   * lets {@code <token>==} pass the signature check as the same bytes, a different string that the
   * identity provider then refuses.
   */
  private static final Pattern CANONICAL =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private final CognitoSettings settings;

  @Context ResourceInfo resource;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public AccessTokenFilter() {
    this(null);
  }

  @Inject
  public AccessTokenFilter(CognitoSettings settings) {
    this.settings = settings;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || !isOurAccessToken(token)) {
      throw new NotAuthorizedException("Bearer");
    }
  }

  private boolean isOurAccessToken(JsonWebToken token) {
    String raw = token.getRawToken();
    if (raw == null || raw.length() > MAX_TOKEN_LENGTH || !CANONICAL.matcher(raw).matches()) {
      return false;
    }
    Object use = token.getClaim("token_use");
    Object client = token.getClaim("client_id");
    return "access".equals(String.valueOf(use))
        && client != null
        && settings.clientIds().contains(client.toString());
  }

  private boolean isPublic() {
    return resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
        || resource.getResourceClass().isAnnotationPresent(PermitAll.class);
  }
}
