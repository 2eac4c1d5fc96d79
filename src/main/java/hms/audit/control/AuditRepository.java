package hms.audit.control;

import hms.access.entity.AuditAction;
import hms.audit.entity.AuditEvent;
import hms.audit.entity.ResourceType;
import hms.paging.control.Where;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads the request tenant's audit trail, newest first. */
@ApplicationScoped
public class AuditRepository {
  /** What the trail can be filtered by; null fields do not filter. */
  public record Filter(
      ResourceType resourceType,
      String resourceId,
      String actorSub,
      AuditAction action,
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
    return where(filter)
        .page(tenantEm.current(), AuditEvent.class, "e", "e.at DESC, e.id", offset, size);
  }

  /** The first {@code max} events of the filter, newest first (an export's rows). */
  public List<AuditEvent> first(Filter filter, int max) {
    return page(filter, 0, max);
  }

  public long count(Filter filter) {
    return where(filter).count(tenantEm.current(), AuditEvent.class, "e");
  }

  private static Where where(Filter f) {
    Where where = new Where();
    if (f.resourceType() != null) {
      where.and("e.resourceType = :resourceType", "resourceType", f.resourceType().name());
    }
    if (f.resourceId() != null) {
      where.and("e.resourceId = :resourceId", "resourceId", f.resourceId());
    }
    if (f.actorSub() != null) {
      where.and("e.actorSub = :actorSub", "actorSub", f.actorSub());
    }
    if (f.action() != null) {
      where.and("e.action = :action", "action", f.action());
    }
    if (f.from() != null) {
      where.and("e.at >= :from", "from", OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
    }
    if (f.to() != null) {
      where.and("e.at < :to", "to", OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
    }
    return where;
  }
}
