package hms.records.boundary;

import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own unsigned drafts across patients: what a clinician has still to finish or have
 * signed. Its own path below the records (a literal path wins over {@code /api/records/{id}}).
 */
@ApplicationScoped
@Path("api/records/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "records", description = "Clinical records (encounters) of patients.")
public class DraftsResource {
  private final RecordsService service;

  /** For the JAX-RS runtime only. */
  public DraftsResource() {
    this(null);
  }

  @Inject
  public DraftsResource(RecordsService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "listOwnDrafts",
      summary = "The caller's unsigned drafts, across patients, newest first (clinicians)")
  public Page<DraftRecord> list(@Valid @BeanParam PageRequest page) {
    return service.ownDrafts(page).map(DraftRecord::of);
  }
}
