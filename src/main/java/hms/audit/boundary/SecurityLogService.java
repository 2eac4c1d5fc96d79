package hms.audit.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.audit.control.SecurityLog;
import hms.audit.entity.SecurityEvent;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading the platform's security log (the platform administrators). */
@ApplicationScoped
public class SecurityLogService {
  private final SecurityLog log;

  /** For the CDI proxy only. */
  protected SecurityLogService() {
    this(null);
  }

  @Inject
  public SecurityLogService(SecurityLog log) {
    this.log = log;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.SECURITY_LOG_READ)
  public Page<SecurityEvent> events(SecurityLog.Filter filter, PageRequest page) {
    return Page.of(log.page(filter, page.offset(), page.size()), page, () -> log.count(filter));
  }
}
