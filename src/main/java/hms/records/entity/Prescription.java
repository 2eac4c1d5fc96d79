package hms.records.entity;

import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One medication prescribed in a record. */
@Entity
@Table(name = "record_prescriptions")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class Prescription {
  public static final String OF_RECORD =
      "SELECT p FROM Prescription p WHERE p.recordId = :record ORDER BY p.position";

  /** The longest a prescription may run: a course signed longer ago than this has ended. */
  public static final Duration LONGEST_COURSE = Duration.ofDays(365);

  /** What a prescription says, as written. */
  public record Order(
      String medication, String dose, Route route, String frequency, int durationDays) {}

  @Id private String id;

  @Column(name = "record_id", nullable = false)
  private String recordId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String medication;

  @Column(nullable = false)
  private String dose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Route route;

  @Column(nullable = false)
  private String frequency;

  @Column(name = "duration_days", nullable = false)
  private int durationDays;

  protected Prescription() {}

  public Prescription(UUID record, int position, Order order) {
    if (order.durationDays() < 1 || order.durationDays() > LONGEST_COURSE.toDays()) {
      throw new IllegalArgumentException("Duration out of range");
    }
    this.id = UUID.randomUUID().toString();
    this.recordId = record.toString();
    this.position = position;
    this.medication = order.medication();
    this.dose = order.dose();
    this.route = order.route();
    this.frequency = order.frequency();
    this.durationDays = order.durationDays();
  }

  public Order order() {
    return new Order(medication, dose, route, frequency, durationDays);
  }
}
