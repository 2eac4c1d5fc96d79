package hms.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
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

  /** The bounds of the default appointment length, as of an appointment's. */
  public static final int MIN_MINUTES = 5;

  public static final int MAX_MINUTES = 480;

  private static final Set<Locale> KNOWN = Set.of(Locale.getAvailableLocales());

  @Id private short id;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "working_hours", nullable = false)
  private String workingHours;

  @Column(nullable = false)
  private String locale;

  @Column(name = "first_day_of_week", nullable = false)
  private String firstDayOfWeek;

  @Column(name = "appointment_minutes", nullable = false)
  private short appointmentMinutes;

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

  /** How the hospital writes dates, times and numbers, e.g. en-GB. */
  public Locale locale() {
    return Locale.forLanguageTag(locale);
  }

  /** The day the hospital's weeks start on. */
  public DayOfWeek firstDayOfWeek() {
    return DayOfWeek.valueOf(firstDayOfWeek);
  }

  /** The default length of an appointment, in minutes. */
  public int appointmentMinutes() {
    return appointmentMinutes;
  }

  /**
   * A well-formed BCP 47 tag of a locale the JDK has data for, spelt as Java spells it back (en-GB,
   * not en_gb or EN-gb), so that the front ends' Intl and the server agree on what it means. Tags
   * with extensions or private use (en-GB-u-ca-buddhist, x-klingon) are refused: a hospital picks a
   * language and region, not a calendar.
   */
  public void changeLocale(String tag, Instant at) {
    if (!isLocale(tag)) {
      throw new IllegalArgumentException("Not a locale the server knows");
    }
    locale = tag;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Whether {@link #changeLocale} takes the tag. */
  public static boolean isLocale(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return false;
    }
    Locale parsed;
    try {
      parsed = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return false;
    }
    return parsed.toLanguageTag().equals(tag)
        && !parsed.getLanguage().isEmpty()
        && !parsed.hasExtensions()
        && KNOWN.contains(parsed);
  }

  public void changeFirstDayOfWeek(DayOfWeek day, Instant at) {
    if (day == null) {
      throw new IllegalArgumentException("No day");
    }
    firstDayOfWeek = day.name();
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** {@value #MIN_MINUTES} to {@value #MAX_MINUTES} minutes, a multiple of five. */
  public void changeAppointmentMinutes(int minutes, Instant at) {
    if (!isAppointmentLength(minutes)) {
      throw new IllegalArgumentException("Not a default length");
    }
    appointmentMinutes = (short) minutes;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Whether {@link #changeAppointmentMinutes} takes the length. */
  public static boolean isAppointmentLength(int minutes) {
    return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES && minutes % 5 == 0;
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
    if (!isTimeZone(zone)) {
      throw new IllegalArgumentException("Unknown time zone");
    }
    timeZone = zone;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Whether {@link #changeTimeZone} takes the zone. */
  public static boolean isTimeZone(String zone) {
    return zone != null
        && !zone.startsWith("SystemV/")
        && ZoneId.getAvailableZoneIds().contains(zone);
  }
}
