package hms.tenancy.boundary;

import hms.auth.boundary.Caller;
import hms.tenancy.control.SchemaMigrations;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.control.TenantAccess;
import hms.tenancy.control.TenantAccessCache;
import hms.tenancy.control.TenantContext;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The request rule, in one place: every {@code /api} request names its tenant in {@code
 * X-Tenant-ID}, and the (already authenticated) caller must be an active member of it. Runs after
 * authentication and before any resource; answers from {@link TenantAccessCache}, so the check adds
 * no database round trip on the hot path.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class TenantFilter implements ContainerRequestFilter {
  /** The header, also the name of its parameter component in the OpenAPI document. */
  public static final String HEADER = "X-Tenant-ID";

  private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

  private final TenantAccessCache access;
  private final TenantContext context;
  private final Caller caller;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public TenantFilter() {
    this(null, null, null);
  }

  @Inject
  public TenantFilter(TenantAccessCache access, TenantContext context, Caller caller) {
    this.access = access;
    this.context = context;
    this.caller = caller;
  }

  /**
   * A refusal before any use case: the caller is no member of the hospital named (or it does not
   * exist). Logged with both ids, which are checked values (no hospital's trail records it yet).
   */
  private TenancyProblems.NoAccess refused(TenantId tenant) {
    LOG.warning(() -> "Refused hospital " + tenant.value() + " to " + caller.sub());
    return new TenancyProblems.NoAccess();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (!path.equals("api") && !path.startsWith("api/")) {
      return;
    }
    var values = request.getHeaders().get(HEADER);
    if (values == null || values.size() != 1) {
      throw new TenancyProblems.MissingTenant();
    }
    TenantId tenant = TenantId.parse(values.get(0)).orElseThrow(TenancyProblems.MissingTenant::new);
    TenantAccess found =
        access
            .access(tenant, caller.sub())
            .filter(a -> a.role().isPresent())
            .orElseThrow(() -> refused(tenant));
    if (found.status() == TenantStatus.SUSPENDED) {
      throw new TenancyProblems.Suspended();
    }
    if (found.status() != TenantStatus.ACTIVE
        || found.schemaVersion() < SchemaMigrations.TENANT_SCHEMA_VERSION) {
      throw new TenancyProblems.Unavailable();
    }
    context.enter(tenant, found.role().orElseThrow(), caller.sub());
  }
}
