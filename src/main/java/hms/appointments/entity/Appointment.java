package hms.appointments.entity;

import hms.access.entity.Identified;
import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A patient's booked time with a clinician. The table's exclusion constraint, not this class, is
 * what keeps a clinician from being booked twice; this class keeps the status workflow.
 */
@Entity
@Table(name = "appointments")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class Appointment implements Identified {
  public static final String BUSY =
      "SELECT a FROM Appointment a WHERE a.clinicianSub = :clinician AND a.startsAt < :to"
          + " AND a.endsAt > :from AND a.status <> :cancelled ORDER BY a.startsAt";
  public static final String UPCOMING_OF_PATIENT =
      "SELECT a FROM Appointment a WHERE a.patientId = :patient AND a.startsAt >= :from"
          + " AND a.status <> :cancelled ORDER BY a.startsAt, a.id";
  public static final String RECENT_OF_PATIENT =
      "SELECT a FROM Appointment a WHERE a.patientId = :patient AND a.startsAt < :before"
          + " ORDER BY a.startsAt DESC, a.id";
  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 480;

  @Id private String id;

  @Column(name = "patient_id", nullable = false)
  private String patientId;

  @Column(name = "clinician_sub", nullable = false)
  private String clinicianSub;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentType type;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentStatus status;

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  // Null before check-in, and for appointments checked in before the time was recorded.
  @Column(name = "checked_in_at")
  private OffsetDateTime checkedInAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected Appointment() {}

  public Appointment(
      UUID patientId,
      String clinicianSub,
      Instant start,
      int minutes,
      AppointmentType type,
      String reason,
      String by,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.patientId = patientId.toString();
    this.clinicianSub = clinicianSub;
    this.type = type;
    this.reason = reason;
    this.status = AppointmentStatus.SCHEDULED;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.createdBy = by;
    setTime(start, minutes);
    touch(by, at);
  }

  /** Moves along the workflow; false (and nothing changed) when the move does not exist. */
  public boolean moveTo(AppointmentStatus target, String by, Instant at) {
    if (!status.canMoveTo(target) || target == AppointmentStatus.CANCELLED) {
      return false;
    }
    status = target;
    if (target == AppointmentStatus.CHECKED_IN) {
      // PostgreSQL keeps microseconds: the check-in's answer says the instant later reads say.
      checkedInAt = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
    touch(by, at);
    return true;
  }

  /** Cancels with the reason; false when the appointment is past cancelling. */
  public boolean cancel(String why, String by, Instant at) {
    if (!status.canMoveTo(AppointmentStatus.CANCELLED)) {
      return false;
    }
    status = AppointmentStatus.CANCELLED;
    cancellationReason = why;
    touch(by, at);
    return true;
  }

  /** New time, to be confirmed again; false when the patient has arrived or it has ended. */
  public boolean reschedule(Instant start, int minutes, String by, Instant at) {
    if (!status.reschedulable()) {
      return false;
    }
    setTime(start, minutes);
    status = AppointmentStatus.SCHEDULED;
    touch(by, at);
    return true;
  }

  private void setTime(Instant start, int minutes) {
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("Duration out of range: " + minutes);
    }
    startsAt = start.atOffset(ZoneOffset.UTC);
    endsAt = startsAt.plusMinutes(minutes);
  }

  private void touch(String by, Instant at) {
    updatedAt = at.atOffset(ZoneOffset.UTC);
    updatedBy = by;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public UUID patientId() {
    return UUID.fromString(patientId);
  }

  public String clinicianSub() {
    return clinicianSub;
  }

  public Instant start() {
    return startsAt.toInstant();
  }

  public Instant end() {
    return endsAt.toInstant();
  }

  public int minutes() {
    return (int) Duration.between(startsAt, endsAt).toMinutes();
  }

  public AppointmentType type() {
    return type;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public AppointmentStatus status() {
    return status;
  }

  public Optional<String> cancellationReason() {
    return Optional.ofNullable(cancellationReason);
  }

  /** When the patient was checked in: the queue's arrival order and waiting time. */
  public Optional<Instant> checkedInAt() {
    return Optional.ofNullable(checkedInAt).map(OffsetDateTime::toInstant);
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  @Override
  public String auditId() {
    return id.toString();
  }
}
