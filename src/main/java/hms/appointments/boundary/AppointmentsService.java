package hms.appointments.boundary;

import hms.appointments.control.AppointmentProblems;
import hms.appointments.control.AppointmentRepository;
import hms.appointments.control.AppointmentSearch;
import hms.appointments.control.FreeSlots;
import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.appointments.entity.AppointmentType;
import hms.audit.control.AuditTrail;
import hms.audit.control.AuditedAccess;
import hms.audit.entity.AuditAction;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.control.PatientRepository;
import hms.patients.entity.Patient;
import hms.patients.entity.PatientStatus;
import hms.problems.boundary.ProblemException;
import hms.tenancy.boundary.SettingsService;
import hms.tenancy.boundary.Staff;
import hms.tenancy.boundary.TenantContext;
import hms.tenancy.entity.TenantRole;
import hms.tenancy.entity.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Scheduling: every member books and moves appointments along the workflow; only clinicians start
 * and complete them. Every read and write is audited.
 */
@ApplicationScoped
public class AppointmentsService {
  static final String RESOURCE = "APPOINTMENT";

  /** The furthest ahead a booking may be: a typo in the year should not book 2062. */
  static final Duration HORIZON = Duration.ofDays(2 * 366);

  private static final Set<TenantRole> EVERYONE = EnumSet.allOf(TenantRole.class);

  /** The workflow moves other than cancelling, with who may make them. */
  public enum Step {
    CONFIRM(AppointmentStatus.CONFIRMED, "be confirmed", EVERYONE),
    CHECK_IN(AppointmentStatus.CHECKED_IN, "be checked in", EVERYONE),
    START(AppointmentStatus.IN_PROGRESS, "start", Staff.CLINICAL_ROLES),
    COMPLETE(AppointmentStatus.COMPLETED, "be completed", Staff.CLINICAL_ROLES),
    NO_SHOW(AppointmentStatus.NO_SHOW, "be marked as a no-show", EVERYONE);

    final AppointmentStatus target;
    final String action;
    final Set<TenantRole> roles;

    Step(AppointmentStatus target, String action, Set<TenantRole> roles) {
      this.target = target;
      this.action = action;
      this.roles = roles;
    }
  }

  private final AppointmentRepository appointments;
  private final PatientRepository patients;
  private final Staff staff;
  private final SettingsService settings;
  private final TenantContext tenant;
  private final AuditTrail audit;
  private final AuditedAccess access;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected AppointmentsService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public AppointmentsService(
      AppointmentRepository appointments,
      PatientRepository patients,
      Staff staff,
      SettingsService settings,
      TenantContext tenant,
      AuditTrail audit,
      AuditedAccess access) {
    this.appointments = appointments;
    this.patients = patients;
    this.staff = staff;
    this.settings = settings;
    this.tenant = tenant;
    this.audit = audit;
    this.access = access;
    this.clock = Clock.systemUTC();
  }

  @Transactional
  public Appointment book(
      UUID patientId,
      String clinicianSub,
      Instant start,
      int minutes,
      AppointmentType type,
      String reason) {
    requireBookable(start);
    Patient patient =
        patients
            .find(patientId)
            .orElseThrow(() -> ProblemException.invalid("patientId", "no such patient"));
    if (patient.status() != PatientStatus.ACTIVE) {
      throw new AppointmentProblems.PatientInactive();
    }
    if (staff.clinician(clinicianSub).isEmpty()) {
      throw ProblemException.invalid("clinicianId", "no such clinician (DOCTOR or NURSE)");
    }
    Appointment appointment =
        new Appointment(patientId, clinicianSub, start, minutes, type, reason, tenant.userSub());
    appointments.add(appointment);
    audit.success(AuditAction.CREATE, RESOURCE, appointment.id().toString());
    return appointment;
  }

  @Transactional
  public Appointment get(UUID id) {
    Appointment appointment = appointments.find(id).orElseThrow(NotFoundException::new);
    audit.success(AuditAction.READ, RESOURCE, id.toString());
    return appointment;
  }

  /** One audit event per list, not one per row. */
  @Transactional
  public Page<Appointment> list(AppointmentSearch search, PageRequest page) {
    Page<Appointment> found =
        Page.of(
            appointments.page(search, page.offset(), page.size()),
            page,
            () -> appointments.count(search));
    audit.success(AuditAction.SEARCH, RESOURCE, null);
    return found;
  }

  @Transactional
  public Appointment move(UUID id, Step step) {
    access.require(step.roles, AuditAction.UPDATE, RESOURCE, id.toString());
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    if (step == Step.NO_SHOW
        && appointment.status().canMoveTo(AppointmentStatus.NO_SHOW)
        && clock.instant().isBefore(appointment.start())) {
      throw new AppointmentProblems.NotDue();
    }
    if (!appointment.moveTo(step.target, tenant.userSub())) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), step.action);
    }
    audit.success(AuditAction.UPDATE, RESOURCE, id.toString());
    return appointment;
  }

  @Transactional
  public Appointment cancel(UUID id, String reason) {
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    if (!appointment.cancel(reason.strip(), tenant.userSub())) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), "be cancelled");
    }
    audit.success(AuditAction.UPDATE, RESOURCE, id.toString());
    return appointment;
  }

  /** A new time under the same no-double-booking rule; the appointment needs confirming again. */
  @Transactional
  public Appointment reschedule(UUID id, Instant start, int minutes) {
    requireBookable(start);
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    if (!appointment.reschedule(start, minutes, tenant.userSub())) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), "be rescheduled");
    }
    appointments.writeNow();
    audit.success(AuditAction.UPDATE, RESOURCE, id.toString());
    return appointment;
  }

  /** The clinician's free slots on a day of the hospital's calendar, in its working hours. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FreeDay freeSlots(String clinicianSub, LocalDate date, int minutes) {
    if (staff.clinician(clinicianSub).isEmpty()) {
      throw new NotFoundException();
    }
    TenantSettings hospital = settings.get();
    var zone = hospital.timeZone();
    List<FreeSlots.Busy> busy =
        appointments
            .busy(clinicianSub, FreeSlots.dayStart(date, zone), FreeSlots.dayEnd(date, zone))
            .stream()
            .map(a -> new FreeSlots.Busy(a.start(), a.end()))
            .toList();
    List<FreeSlots.Slot> slots =
        FreeSlots.on(
            date,
            zone,
            hospital.workingHours(),
            busy,
            Duration.ofMinutes(minutes),
            clock.instant());
    return new FreeDay(zone, slots);
  }

  /** A day's free slots and the zone they are shown in. */
  public record FreeDay(ZoneId zone, List<FreeSlots.Slot> slots) {}

  private void requireBookable(Instant start) {
    Instant now = clock.instant();
    if (start.isBefore(now)) {
      throw ProblemException.invalid("start", "must not be in the past");
    }
    if (start.isAfter(now.plus(HORIZON))) {
      throw ProblemException.invalid("start", "must be within two years from now");
    }
    if (!start.equals(start.truncatedTo(ChronoUnit.MINUTES))) {
      throw ProblemException.invalid("start", "must be at a whole minute");
    }
  }
}
