package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.problems.entity.ProblemException;
import hms.tenancy.control.SettingsRepository;
import hms.tenancy.entity.TenantSettings;
import hms.tenancy.entity.WeeklyHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** The hospital's settings: every member reads them, ADMINs change them. */
@ApplicationScoped
public class SettingsService {
  private final SettingsRepository settings;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected SettingsService() {
    this(null, null);
  }

  @Inject
  public SettingsService(SettingsRepository settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  @Guarded(Rule.SETTINGS_READ)
  public TenantSettings get() {
    return settings.current();
  }

  /** The time zone and working hours, for scheduling. */
  @Transactional
  @Guarded(Rule.SETTINGS_READ)
  public HospitalCalendar calendar() {
    TenantSettings current = settings.current();
    return new HospitalCalendar(current.timeZone(), current.workingHours());
  }

  /** Changes the time zone, and the working hours when some are given. */
  @Transactional
  @Guarded(Rule.SETTINGS_CHANGE)
  public TenantSettings change(String zone, Supplier<WeeklyHours> hours) {
    TenantSettings current = settings.current();
    Instant now = clock.instant();
    try {
      current.changeTimeZone(zone, now);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("timeZone", "must be a time zone id such as Europe/Berlin");
    }
    WeeklyHours weekly;
    try {
      weekly = hours.get();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("workingHours", e.getMessage());
    }
    if (weekly != null) {
      current.changeWorkingHours(weekly, now);
    }
    return current;
  }
}
