package hms.tenancy.boundary;

import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.tenancy.control.SettingsRepository;
import hms.tenancy.control.TenantContext;
import hms.tenancy.control.TenantRepository;
import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantSettings;
import hms.tenancy.entity.WeeklyHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The hospital's settings: every member reads them, ADMINs change them. The name is the platform's
 * registry row (what /auth/me and the tenant picker show); the rest is the tenant's own row.
 */
@ApplicationScoped
public class SettingsService {
  private final SettingsRepository settings;
  private final TenantRepository tenants;
  private final TenantContext context;
  private final Clock clock;

  /** The name from the registry and the hospital's own settings, read in one transaction. */
  public record Hospital(String name, TenantSettings settings) {}

  /** For the CDI proxy only. */
  protected SettingsService() {
    this(null, null, null, null);
  }

  @Inject
  public SettingsService(
      SettingsRepository settings, TenantRepository tenants, TenantContext context, Clock clock) {
    this.settings = settings;
    this.tenants = tenants;
    this.context = context;
    this.clock = clock;
  }

  @Transactional
  @Guarded(Rule.SETTINGS_READ)
  public Hospital get() {
    return new Hospital(tenant().name(), settings.current());
  }

  /** The time zone, working hours and default appointment length, for scheduling. */
  @Transactional
  @Guarded(Rule.SETTINGS_READ)
  public HospitalCalendar calendar() {
    TenantSettings current = settings.current();
    return new HospitalCalendar(
        current.timeZone(), current.workingHours(), current.appointmentMinutes());
  }

  /**
   * Changes what the request names; what it leaves out (null) stays. The request's constraints
   * ({@link SettingsRules}) have checked every value by the entities' rules.
   */
  @Transactional
  @Guarded(Rule.SETTINGS_CHANGE)
  public Hospital change(ChangeSettingsRequest change) {
    TenantSettings current = settings.current();
    Instant now = clock.instant();
    Tenant tenant = tenant();
    if (change.name() != null && !change.name().strip().equals(tenant.name())) {
      tenant.rename(change.name(), now);
    }
    if (change.timeZone() != null) {
      current.changeTimeZone(change.timeZone(), now);
    }
    if (change.locale() != null) {
      current.changeLocale(change.locale(), now);
    }
    if (change.firstDayOfWeek() != null) {
      current.changeFirstDayOfWeek(change.firstDayOfWeek(), now);
    }
    if (change.appointmentMinutes() != null) {
      current.changeAppointmentMinutes(change.appointmentMinutes(), now);
    }
    WeeklyHours weekly = change.hours();
    if (weekly != null) {
      current.changeWorkingHours(weekly, now);
    }
    return new Hospital(tenant.name(), current);
  }

  private Tenant tenant() {
    return tenants.find(context.tenant()).orElseThrow(IllegalStateException::new);
  }
}
