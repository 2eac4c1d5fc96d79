package hms.audit.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.audit.control.AuditRepository;
import hms.audit.entity.AuditEvent;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading the hospital's audit trail (its ADMINs). */
@ApplicationScoped
public class AuditService {
  private final AuditRepository events;

  /** For the CDI proxy only. */
  protected AuditService() {
    this(null);
  }

  @Inject
  public AuditService(AuditRepository events) {
    this.events = events;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.AUDIT_READ)
  public Page<AuditEvent> events(AuditRepository.Filter filter, PageRequest page) {
    return Page.of(
        events.page(filter, page.offset(), page.size()), page, () -> events.count(filter));
  }
}
