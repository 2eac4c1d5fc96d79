package hms.audit.control;

import hms.audit.entity.AuditEvent;
import hms.paging.control.CriteriaPages;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the request tenant's audit trail, newest first. */
@ApplicationScoped
public class AuditRepository {
  /** What the trail can be filtered by; null fields do not filter. */
  public record Filter(
      String resourceType,
      String resourceId,
      String actorSub,
      java.time.Instant from,
      java.time.Instant to) {}

  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected AuditRepository() {
    this(null);
  }

  @Inject
  public AuditRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  public List<AuditEvent> page(Filter filter, int offset, int size) {
    return CriteriaPages.page(
        tenantEm.current(),
        AuditEvent.class,
        (cb, event) -> where(cb, event, filter),
        (cb, event) -> List.of(cb.desc(event.get("at")), cb.asc(event.get("id"))),
        offset,
        size);
  }

  public long count(Filter filter) {
    return CriteriaPages.count(
        tenantEm.current(), AuditEvent.class, (cb, event) -> where(cb, event, filter));
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<AuditEvent> event, Filter f) {
    List<Predicate> where = new ArrayList<>();
    if (f.resourceType() != null) {
      where.add(cb.equal(event.get("resourceType"), f.resourceType()));
    }
    if (f.resourceId() != null) {
      where.add(cb.equal(event.get("resourceId"), f.resourceId()));
    }
    if (f.actorSub() != null) {
      where.add(cb.equal(event.get("actorSub"), f.actorSub()));
    }
    if (f.from() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              event.get("at"), OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      where.add(cb.lessThan(event.get("at"), OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)));
    }
    return where.toArray(Predicate[]::new);
  }
}
