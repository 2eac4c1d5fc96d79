package hms.quota.boundary;

import hms.quota.control.QuotaProblems;
import hms.quota.control.QuotaSettings;
import hms.quota.control.Quotas;
import hms.quota.control.Verdict;
import hms.tenancy.control.TenantContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every {@code /api} request against its user's and its hospital's quota, right after the
 * tenant filter has established both (a member's request only) and before any resource runs;
 * refuses with 429 {@code quota-exceeded} when one is spent. Every answer to a counted request
 * carries {@code RateLimit-Policy} and {@code RateLimit} (package-info: why here).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class QuotaFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String VERDICT = QuotaFilter.class.getName() + ".verdict";

  private final boolean enabled;
  private final Quotas quotas;
  private final TenantContext context;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public QuotaFilter() {
    this.enabled = false;
    this.quotas = null;
    this.context = null;
  }

  @Inject
  public QuotaFilter(QuotaSettings settings, Quotas quotas, TenantContext context) {
    this.enabled = settings.enabled();
    this.quotas = quotas;
    this.context = context;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!enabled || !context.entered()) {
      return;
    }
    Verdict verdict = quotas.take(context.userSub(), context.tenant().value());
    if (!verdict.served()) {
      throw new QuotaProblems.Exceeded(verdict);
    }
    request.setProperty(VERDICT, verdict);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VERDICT) instanceof Verdict verdict) {
      response.getHeaders().putSingle(Verdict.RATE_LIMIT_POLICY, verdict.rateLimitPolicy());
      response.getHeaders().putSingle(Verdict.RATE_LIMIT, verdict.rateLimit());
    }
  }
}
