package hms.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A tenant's own settings: one row in the tenant's schema. */
@Entity
@Table(name = "settings")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class TenantSettings {
  /** The settings row's fixed id. */
  public static final short ID = 1;

  @Id private short id;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "working_hours", nullable = false)
  private String workingHours;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected TenantSettings() {}

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public WeeklyHours workingHours() {
    return WeeklyHours.parse(workingHours);
  }

  public void changeWorkingHours(WeeklyHours hours, Instant at) {
    workingHours = hours.toString();
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public long version() {
    return version;
  }

  /**
   * Only the names of the time zone database, spelt as there (e.g. Europe/Berlin, UTC): the front
   * ends format times in this zone with the browser's Intl, which knows those names and throws on
   * the offsets and prefixed forms the JDK would also take (+01:00, Z, UT, GMT+5) and on the JDK's
   * own SystemV ids.
   */
  public void changeTimeZone(String zone, Instant at) {
    if (zone == null
        || zone.startsWith("SystemV/")
        || !ZoneId.getAvailableZoneIds().contains(zone)) {
      throw new IllegalArgumentException("Unknown time zone");
    }
    timeZone = zone;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }
}
