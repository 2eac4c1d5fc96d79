package hms.appointments.control;

import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.paging.control.Where;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The request tenant's appointments, in its own schema. */
@ApplicationScoped
public class AppointmentRepository {
  /** PostgreSQL's exclusion_violation: the clinician is booked at that time. */
  private static final String EXCLUSION_VIOLATION = "23P01";

  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected AppointmentRepository() {
    this(null);
  }

  @Inject
  public AppointmentRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  /** Those of the ids that exist, in one query (the audit trail's labels). */
  public List<Appointment> byIds(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tenantEm
        .current()
        .createQuery("SELECT a FROM Appointment a WHERE a.id IN :ids", Appointment.class)
        .setParameter("ids", ids.stream().map(UUID::toString).distinct().toList())
        .getResultList();
  }

  public Optional<Appointment> find(UUID id) {
    return Optional.ofNullable(tenantEm.current().find(Appointment.class, id.toString()));
  }

  /** The appointment, locked until the transaction ends: workflow moves on it are serialized. */
  public Optional<Appointment> findForUpdate(UUID id) {
    return Optional.ofNullable(
        tenantEm.current().find(Appointment.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Appointment appointment) {
    tenantEm.current().persist(appointment);
    writeNow();
  }

  /**
   * Writes pending changes now, so that the database's no-double-booking constraint answers inside
   * the use case: a clash is a {@link ClinicianBusy}, whoever won the race.
   */
  public void writeNow() {
    try {
      tenantEm.current().flush();
    } catch (PersistenceException e) {
      if (isExclusionViolation(e)) {
        throw new AppointmentProblems.ClinicianBusy();
      }
      throw e;
    }
  }

  static boolean isExclusionViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The clinician's non-cancelled appointments that overlap [from, to). */
  public List<Appointment> busy(String clinicianSub, Instant from, Instant to) {
    return tenantEm
        .current()
        .createQuery(Appointment.BUSY, Appointment.class)
        .setParameter("clinician", clinicianSub)
        .setParameter("from", from.atOffset(ZoneOffset.UTC))
        .setParameter("to", to.atOffset(ZoneOffset.UTC))
        .setParameter("cancelled", AppointmentStatus.CANCELLED)
        .getResultList();
  }

  /** The patient's appointments starting at or after the instant, not cancelled, soonest first. */
  public List<Appointment> upcoming(UUID patient, Instant from, int max) {
    return tenantEm
        .current()
        .createQuery(Appointment.UPCOMING_OF_PATIENT, Appointment.class)
        .setParameter("patient", patient.toString())
        .setParameter("from", utc(from))
        .setParameter("cancelled", AppointmentStatus.CANCELLED)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The patient's appointments that started before the instant, whatever their status, latest
   * first.
   */
  public List<Appointment> recent(UUID patient, Instant before, int max) {
    return tenantEm
        .current()
        .createQuery(Appointment.RECENT_OF_PATIENT, Appointment.class)
        .setParameter("patient", patient.toString())
        .setParameter("before", utc(before))
        .setMaxResults(max)
        .getResultList();
  }

  public List<Appointment> page(AppointmentSearch search, int offset, int size) {
    return where(search)
        .page(tenantEm.current(), Appointment.class, "a", "a.startsAt, a.id", offset, size);
  }

  public long count(AppointmentSearch search) {
    return where(search).count(tenantEm.current(), Appointment.class, "a");
  }

  private static Where where(AppointmentSearch s) {
    Where where = new Where();
    s.from().ifPresent(f -> where.and("a.startsAt >= :from", "from", utc(f)));
    s.to().ifPresent(t -> where.and("a.startsAt < :to", "to", utc(t)));
    s.clinicianSub().ifPresent(c -> where.and("a.clinicianSub = :clinician", "clinician", c));
    s.patientId().ifPresent(p -> where.and("a.patientId = :patient", "patient", p.toString()));
    s.status().ifPresent(st -> where.and("a.status = :status", "status", st));
    return where;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
