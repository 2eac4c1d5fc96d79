package hms.tenancy.boundary;

import hms.auth.boundary.Caller;
import hms.telemetry.boundary.RequestTelemetry;
import hms.tenancy.control.SchemaMigrations;
import hms.tenancy.control.TenancyProblems;
import hms.tenancy.control.TenantAccess;
import hms.tenancy.control.TenantAccessCache;
import hms.tenancy.control.TenantContext;
import hms.tenancy.entity.TenantId;
import hms.tenancy.entity.TenantStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The request rule, in one place: every {@code /api} request names its tenant in {@code
 * X-Tenant-ID}, and the (already authenticated) caller must be an active member of it. Runs after
 * authentication and before any resource; answers from {@link TenantAccessCache}, so the check adds
 * no database round trip on the hot path. Every refusal of a hospital (a malformed id, an unknown
 * hospital, one the caller is no member of, a suspended one) is published as a {@link
 * TenantRefusal} before the answer, which stays the same whatever becomes of the record.
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
  private final Event<TenantRefusal> refusals;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public TenantFilter() {
    this(null, null, null, null);
  }

  @Inject
  public TenantFilter(
      TenantAccessCache access,
      TenantContext context,
      Caller caller,
      Event<TenantRefusal> refusals) {
    this.access = access;
    this.context = context;
    this.caller = caller;
    this.refusals = refusals;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (!path.equals("api") && !path.startsWith("api/")) {
      return;
    }
    var values = request.getHeaders().get(HEADER);
    if (values == null || values.isEmpty()) {
      throw new TenancyProblems.MissingTenant();
    }
    Optional<TenantId> parsed =
        values.size() == 1 ? TenantId.parse(values.get(0)) : Optional.empty();
    if (parsed.isEmpty()) {
      refusals.fire(TenantRefusal.malformed(String.join(", ", values), caller.sub()));
      throw new TenancyProblems.MissingTenant();
    }
    TenantId tenant = parsed.get();
    TenantAccess found = access.access(tenant, caller.sub()).orElse(null);
    if (found == null) {
      throw refused(TenantRefusal.unknown(tenant, caller.sub()));
    }
    boolean trailReady = found.schemaVersion() >= SchemaMigrations.TENANT_SCHEMA_VERSION;
    if (found.role().isEmpty()) {
      throw refused(
          TenantRefusal.of(
              tenant, TenantRefusal.Reason.NOT_MEMBER, trailReady, found.role(), caller.sub()));
    }
    if (found.status() == TenantStatus.SUSPENDED) {
      refusals.fire(
          TenantRefusal.of(
              tenant, TenantRefusal.Reason.SUSPENDED, trailReady, found.role(), caller.sub()));
      throw new TenancyProblems.Suspended();
    }
    if (found.status() != TenantStatus.ACTIVE
        || found.schemaVersion() < SchemaMigrations.TENANT_SCHEMA_VERSION) {
      throw new TenancyProblems.Unavailable();
    }
    context.enter(tenant, found.role().orElseThrow(), caller.sub());
    RequestTelemetry.tenant(tenant.value());
  }

  /**
   * The caller is no member of the hospital named, or it does not exist: one answer for both. Also
   * logged with both ids, which are checked values.
   */
  private TenancyProblems.NoAccess refused(TenantRefusal refusal) {
    LOG.warning(() -> "Refused hospital " + refusal.requested() + " to " + refusal.userSub());
    refusals.fire(refusal);
    return new TenancyProblems.NoAccess();
  }
}
