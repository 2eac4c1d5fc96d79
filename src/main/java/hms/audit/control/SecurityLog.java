package hms.audit.control;

import hms.audit.entity.SecurityEvent;
import hms.paging.control.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The platform's security log, in the platform schema: written on refusal, read newest first. */
@ApplicationScoped
public class SecurityLog {
  /** What the log can be filtered by; null fields do not filter. */
  public record Filter(String actorSub, String requestedTenant, Instant from, Instant to) {}

  @PersistenceContext(unitName = "hms")
  EntityManager em;

  /** Records a refusal, committed on its own whatever the request does next. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(SecurityEvent event) {
    em.persist(event);
    em.flush();
  }

  public List<SecurityEvent> page(Filter filter, int offset, int size) {
    return where(filter).page(em, SecurityEvent.class, "e", "e.at DESC, e.id", offset, size);
  }

  public long count(Filter filter) {
    return where(filter).count(em, SecurityEvent.class, "e");
  }

  private static Where where(Filter f) {
    Where where = new Where();
    if (f.actorSub() != null) {
      where.and("e.actorSub = :actorSub", "actorSub", f.actorSub());
    }
    if (f.requestedTenant() != null) {
      where.and("e.requestedTenant = :requested", "requested", f.requestedTenant());
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
