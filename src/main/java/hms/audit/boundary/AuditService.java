package hms.audit.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.audit.control.AuditCsv;
import hms.audit.control.AuditRepository;
import hms.audit.control.AuditSettings;
import hms.audit.entity.AuditEvent;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.problems.entity.FieldError;
import hms.problems.entity.ProblemException;
import hms.tenancy.boundary.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reading the hospital's audit trail (its ADMINs): a page, or the CSV of a selection. */
@ApplicationScoped
public class AuditService {
  private final AuditRepository events;
  private final AuditNames names;
  private final AuditSettings settings;
  private final SettingsService hospital;
  private final Clock clock;

  /** An export: the CSV, and the day it was made on the hospital's clock (its file's name). */
  public record Export(String csv, LocalDate day) {}

  /** For the CDI proxy only. */
  protected AuditService() {
    this(null, null, null, null, null);
  }

  @Inject
  public AuditService(
      AuditRepository events,
      AuditNames names,
      AuditSettings settings,
      SettingsService hospital,
      Clock clock) {
    this.events = events;
    this.names = names;
    this.settings = settings;
    this.hospital = hospital;
    this.clock = clock;
  }

  /** A page, named: audited, since the labels name patients. */
  @Transactional
  @Guarded(Rule.AUDIT_READ)
  public Page<AuditEntry> events(AuditRepository.Filter filter, PageRequest page) {
    List<AuditEntry> named = names.of(events.page(filter, page.offset(), page.size()));
    return Page.of(named, page, () -> events.count(filter));
  }

  /**
   * The whole selection as CSV, or a 400 naming {@code from} when it holds more events than {@code
   * audit.export.max-rows}: an export cut short would read as the whole story. Its day is today on
   * the hospital's clock (its time zone), the day the people who export it live in.
   */
  @Transactional
  @Guarded(Rule.AUDIT_EXPORT)
  public Export export(AuditRepository.Filter filter) {
    int max = settings.exportMaxRows();
    long count = events.count(filter);
    if (count > max) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "export-too-large",
          "Export Too Large",
          "The selection holds " + count + " events; an export holds at most " + max + ".",
          List.of(
              new FieldError(
                  "from",
                  "narrow the range or filter further: "
                      + count
                      + " events, at most "
                      + max
                      + " per export")));
    }
    String csv =
        AuditCsv.write(
            names.of(events.first(filter, max)).stream().map(AuditService::cells).toList());
    return new Export(csv, LocalDate.now(clock.withZone(hospital.calendar().timeZone())));
  }

  private static List<String> cells(AuditEntry entry) {
    AuditEvent e = entry.event();
    return Arrays.asList(
        e.at().toString(),
        entry.actorName(),
        entry.actorEmail(),
        e.actorSub(),
        e.actorRole(),
        e.action().name(),
        e.attempted() == null ? null : e.attempted().name(),
        e.resourceType(),
        e.resourceId(),
        entry.label() == null ? null : entry.label().line(),
        e.outcome(),
        e.requestId(),
        e.clientIp());
  }
}
