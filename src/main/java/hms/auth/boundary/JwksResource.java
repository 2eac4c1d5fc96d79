package hms.auth.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.auth.control.AuthProblems;
import hms.auth.control.JwksCache;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pool's public signing keys, served from {@link JwksCache} for the server's own MicroProfile
 * JWT (server.xml points its jwksUri here). Public keys only; not part of the API contract.
 */
@RequestScoped
@Path("auth/jwks.json")
@PermitAll
public class JwksResource {
  private final JwksCache cache;

  /** For the JAX-RS runtime only. */
  public JwksResource() {
    this(null);
  }

  @Inject
  public JwksResource(JwksCache cache) {
    this.cache = cache;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  @Guarded(Rule.SIGNING_KEYS)
  public String keys() {
    return cache.keys().orElseThrow(AuthProblems.IdentityProviderUnavailable::new);
  }
}
