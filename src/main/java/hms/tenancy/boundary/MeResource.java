package hms.tenancy.boundary;

import hms.auth.boundary.Caller;
import hms.auth.boundary.MeResponse;
import hms.auth.boundary.SessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user with the hospitals they belong to. Here rather than in {@code hms.auth}: the
 * hospitals are tenancy's, and tenancy depends on auth, never the other way.
 */
@ApplicationScoped
@Path("auth/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class MeResource {
  private final SessionService sessions;
  private final MyTenantsService tenants;
  private final Caller caller;

  /** For the JAX-RS runtime only. */
  public MeResource() {
    this(null, null, null);
  }

  @Inject
  public MeResource(SessionService sessions, MyTenantsService tenants, Caller caller) {
    this.sessions = sessions;
    this.tenants = tenants;
    this.caller = caller;
  }

  @GET
  @Operation(operationId = "getMe", summary = "The signed-in user")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = MeResponse.class)))
  public MeResponse me() {
    var profile = sessions.profile(caller);
    return new MeResponse(
        profile.sub(),
        profile.email(),
        profile.name(),
        caller.platformRoles(),
        tenants.of(profile.sub()).stream()
            .map(
                t ->
                    new MeResponse.MyTenant(
                        t.tenant().id().value(),
                        t.tenant().name(),
                        t.role().name(),
                        t.tenant().status().name()))
            .toList());
  }
}
