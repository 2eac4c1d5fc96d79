package hms.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hospital's own settings, kept in its schema. */
@ApplicationScoped
@Path("api/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settings", description = "The hospital's settings.")
public class SettingsResource {
  private final SettingsService service;

  /** For the JAX-RS runtime only. */
  public SettingsResource() {
    this(null);
  }

  @Inject
  public SettingsResource(SettingsService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "getSettings", summary = "The hospital's settings")
  public SettingsResponse get() {
    return SettingsResponse.of(service.get());
  }

  @PUT
  @Operation(operationId = "updateSettings", summary = "Change the hospital's settings (ADMIN)")
  public SettingsResponse update(@Valid @NotNull ChangeSettingsRequest change) {
    return SettingsResponse.of(service.change(change));
  }
}
