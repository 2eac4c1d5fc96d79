package hms.appointments.control;

import hms.appointments.entity.Appointment;
import hms.appointments.entity.AppointmentStatus;
import hms.paging.control.CriteriaPages;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

  public List<Appointment> page(AppointmentSearch search, int offset, int size) {
    return CriteriaPages.page(
        tenantEm.current(),
        Appointment.class,
        (cb, a) -> where(cb, a, search),
        (cb, a) -> List.of(cb.asc(a.get("startsAt")), cb.asc(a.get("id"))),
        offset,
        size);
  }

  public long count(AppointmentSearch search) {
    return CriteriaPages.count(
        tenantEm.current(), Appointment.class, (cb, a) -> where(cb, a, search));
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Appointment> a, AppointmentSearch s) {
    List<Predicate> where = new ArrayList<>();
    s.from().ifPresent(f -> where.add(cb.greaterThanOrEqualTo(a.get("startsAt"), utc(f))));
    s.to().ifPresent(t -> where.add(cb.lessThan(a.get("startsAt"), utc(t))));
    s.clinicianSub().ifPresent(c -> where.add(cb.equal(a.get("clinicianSub"), c)));
    s.patientId().ifPresent(p -> where.add(cb.equal(a.get("patientId"), p.toString())));
    s.status().ifPresent(st -> where.add(cb.equal(a.get("status"), st)));
    return where.toArray(Predicate[]::new);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
