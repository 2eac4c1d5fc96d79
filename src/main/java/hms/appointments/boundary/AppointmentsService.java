package hms.appointments.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Rule;
import hms.appointments.control.AppointmentProblems;
import hms.appointments.control.AppointmentRepository;
import hms.appointments.control.AppointmentSearch;
import hms.appointments.control.FreeSlots;
import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.appointments.entity.AppointmentType;
import hms.audit.boundary.Permissions;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.boundary.PatientsService;
import hms.patients.entity.PatientStatus;
import hms.problems.entity.ProblemException;
import hms.tenancy.boundary.HospitalCalendar;
import hms.tenancy.boundary.SettingsService;
import hms.tenancy.boundary.Staff;
import hms.tenancy.control.TenantContext;
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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Scheduling: every member books and moves appointments along the workflow; only clinicians start
 * and complete them. Each use case is guarded by its rule (checked and audited).
 */
@ApplicationScoped
public class AppointmentsService {
  /** The furthest ahead a booking may be: a typo in the year should not book 2062. */
  static final Duration HORIZON = Duration.ofDays(2 * 366);

  /** The workflow moves other than cancelling; the clinical ones have a rule of their own. */
  public enum Step {
    CONFIRM(AppointmentStatus.CONFIRMED, "be confirmed", false),
    CHECK_IN(AppointmentStatus.CHECKED_IN, "be checked in", false),
    START(AppointmentStatus.IN_PROGRESS, "start", true),
    COMPLETE(AppointmentStatus.COMPLETED, "be completed", true),
    NO_SHOW(AppointmentStatus.NO_SHOW, "be marked as a no-show", false);

    final AppointmentStatus target;
    final String action;
    final boolean clinical;

    Step(AppointmentStatus target, String action, boolean clinical) {
      this.target = target;
      this.action = action;
      this.clinical = clinical;
    }
  }

  /** A patient's next appointments and last ones, for the patient's summary. */
  public record AroundNow(List<AppointmentView> upcoming, List<AppointmentView> recent) {}

  private final AppointmentRepository appointments;
  private final AppointmentNames names;
  private final PatientsService patients;
  private final Staff staff;
  private final SettingsService settings;
  private final TenantContext tenant;
  private final Permissions permissions;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected AppointmentsService() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public AppointmentsService(
      AppointmentRepository appointments,
      AppointmentNames names,
      PatientsService patients,
      Staff staff,
      SettingsService settings,
      TenantContext tenant,
      Permissions permissions,
      Clock clock) {
    this.appointments = appointments;
    this.names = names;
    this.patients = patients;
    this.staff = staff;
    this.settings = settings;
    this.tenant = tenant;
    this.permissions = permissions;
    this.clock = clock;
  }

  @Transactional
  @Guarded(Rule.APPOINTMENT_BOOK)
  public AppointmentView book(
      UUID patientId,
      String clinicianSub,
      Instant start,
      int minutes,
      AppointmentType type,
      String reason) {
    requireBookable(start);
    PatientStatus patient =
        patients
            .status(patientId)
            .orElseThrow(() -> ProblemException.invalid("patientId", "no such patient"));
    if (patient != PatientStatus.ACTIVE) {
      throw new AppointmentProblems.PatientInactive();
    }
    if (staff.clinician(clinicianSub).isEmpty()) {
      throw ProblemException.invalid("clinicianId", "no such clinician (DOCTOR or NURSE)");
    }
    Appointment appointment =
        new Appointment(
            patientId,
            clinicianSub,
            start,
            minutes,
            type,
            reason,
            tenant.userSub(),
            clock.instant());
    appointments.add(appointment);
    return names.of(appointment);
  }

  @Transactional
  @Guarded(Rule.APPOINTMENT_READ)
  public AppointmentView get(@Subject UUID id) {
    return names.of(appointments.find(id).orElseThrow(NotFoundException::new));
  }

  /** Whether the appointment is the patient's: for records, no PHI. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.APPOINTMENT_OF_PATIENT)
  public boolean isOfPatient(UUID id, UUID patientId) {
    return appointments.find(id).filter(a -> a.patientId().equals(patientId)).isPresent();
  }

  /** One audit event per list, not one per row; the page's names in two queries, not per row. */
  @Transactional
  @Guarded(Rule.APPOINTMENT_SEARCH)
  public Page<AppointmentView> list(AppointmentSearch search, PageRequest page) {
    return Page.of(
            appointments.page(search, page.offset(), page.size()),
            page,
            () -> appointments.count(search))
        .mapItems(names::of);
  }

  /**
   * The patient's next appointments (starting at or after now, not cancelled; soonest first) and
   * last ones (started before now, whatever became of them; latest first), at most {@code each} of
   * both: two queries, and one for the clinicians' e-mails (the patient's name comes from the
   * request's persistence context when the caller read the patient already).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.APPOINTMENT_OF_PATIENT_AROUND)
  public AroundNow ofPatientAround(UUID patientId, Instant now, int each) {
    List<Appointment> upcoming = appointments.upcoming(patientId, now, each);
    List<Appointment> both = new ArrayList<>(upcoming);
    both.addAll(appointments.recent(patientId, now, each));
    List<AppointmentView> named = names.of(both);
    return new AroundNow(
        named.subList(0, upcoming.size()), named.subList(upcoming.size(), named.size()));
  }

  @Transactional
  @Guarded(Rule.APPOINTMENT_STEP)
  public AppointmentView move(@Subject UUID id, Step step) {
    if (step.clinical) {
      permissions.require(Rule.APPOINTMENT_CLINICAL_STEP);
    }
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    Instant now = clock.instant();
    if (step == Step.NO_SHOW
        && appointment.status().canMoveTo(AppointmentStatus.NO_SHOW)
        && now.isBefore(appointment.start())) {
      throw new AppointmentProblems.NotDue();
    }
    if (!appointment.moveTo(step.target, tenant.userSub(), now)) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), step.action);
    }
    return names.of(appointment);
  }

  @Transactional
  @Guarded(Rule.APPOINTMENT_CANCEL)
  public AppointmentView cancel(@Subject UUID id, String reason) {
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    if (!appointment.cancel(reason.strip(), tenant.userSub(), clock.instant())) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), "be cancelled");
    }
    return names.of(appointment);
  }

  /** A new time under the same no-double-booking rule; the appointment needs confirming again. */
  @Transactional
  @Guarded(Rule.APPOINTMENT_RESCHEDULE)
  public AppointmentView reschedule(@Subject UUID id, Instant start, int minutes) {
    requireBookable(start);
    Appointment appointment = appointments.findForUpdate(id).orElseThrow(NotFoundException::new);
    if (!appointment.reschedule(start, minutes, tenant.userSub(), clock.instant())) {
      throw new AppointmentProblems.TransitionRefused(appointment.status(), "be rescheduled");
    }
    appointments.writeNow();
    return names.of(appointment);
  }

  /**
   * The clinician's free slots on a day of the hospital's calendar, in its working hours; of the
   * hospital's default appointment length when no length is given.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.FREE_SLOTS)
  public FreeDay freeSlots(String clinicianSub, LocalDate date, OptionalInt length) {
    if (staff.clinician(clinicianSub).isEmpty()) {
      throw new NotFoundException();
    }
    HospitalCalendar hospital = settings.calendar();
    var zone = hospital.timeZone();
    int minutes = length.orElse(hospital.appointmentMinutes());
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
    return new FreeDay(zone, minutes, slots);
  }

  /** A day's free slots, their length and the zone they are shown in. */
  public record FreeDay(ZoneId zone, int minutes, List<FreeSlots.Slot> slots) {}

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
