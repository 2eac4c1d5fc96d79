package hms.patients.entity;

import hms.access.entity.Identified;
import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A patient of the hospital: demographics, clinical basics, and who changed them when. */
@Entity
@Table(name = "patients")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class Patient implements Identified {
  /** The earliest date of birth the registry accepts. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  @Id private String id;
  private String mrn;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  private Sex sex;

  private String phone;
  private String email;

  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "address_city")
  private String city;

  @Column(name = "address_region")
  private String region;

  @Column(name = "address_postal")
  private String postalCode;

  @Column(name = "address_country")
  private String country;

  @Column(name = "blood_type")
  private String bloodType;

  private String allergies;

  @Column(name = "emergency_name")
  private String emergencyName;

  @Column(name = "emergency_relation")
  private String emergencyRelation;

  @Column(name = "emergency_phone")
  private String emergencyPhone;

  private String notes;

  @Enumerated(EnumType.STRING)
  private PatientStatus status;

  @Column(name = "search_given")
  private String searchGiven;

  @Column(name = "search_family")
  private String searchFamily;

  @Column(name = "search_phone")
  private String searchPhone;

  @Column(name = "search_email")
  private String searchEmail;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected Patient() {}

  public Patient(String mrn, PatientData data, String by, Instant at) {
    if (data.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
      throw new IllegalArgumentException("Born before 1900");
    }
    this.id = UUID.randomUUID().toString();
    this.mrn = mrn;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.createdBy = by;
    this.status = PatientStatus.ACTIVE;
    update(data, by, at, true);
  }

  /** Demographics always; clinical fields only when the writer may (and the data has them). */
  public void update(PatientData data, String by, Instant at, boolean clinical) {
    givenName = data.givenName().strip();
    familyName = data.familyName().strip();
    dateOfBirth = data.dateOfBirth();
    sex = data.sex();
    phone = data.phone();
    email = data.email();
    addressLine1 = data.addressLine1();
    addressLine2 = data.addressLine2();
    city = data.city();
    region = data.region();
    postalCode = data.postalCode();
    country = data.country();
    emergencyName = data.emergencyName();
    emergencyRelation = data.emergencyRelation();
    emergencyPhone = data.emergencyPhone();
    if (data.status() != null) {
      status = data.status();
    }
    if (clinical && data.clinical() != null) {
      bloodType = data.clinical().bloodType();
      allergies =
          data.clinical().allergies() == null
              ? null
              : String.join("\n", data.clinical().allergies());
      notes = data.clinical().notes();
    }
    searchGiven = SearchText.of(givenName);
    searchFamily = SearchText.of(familyName);
    searchPhone = SearchText.digits(phone);
    searchEmail = SearchText.of(email);
    updatedAt = at.atOffset(ZoneOffset.UTC);
    updatedBy = by;
  }

  /** DELETE: the record stays, inactive. */
  public void deactivate(String by, Instant at) {
    status = PatientStatus.INACTIVE;
    updatedAt = at.atOffset(ZoneOffset.UTC);
    updatedBy = by;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public String mrn() {
    return mrn;
  }

  public long version() {
    return version;
  }

  public PatientStatus status() {
    return status;
  }

  public PatientData data() {
    return new PatientData(
        givenName,
        familyName,
        dateOfBirth,
        sex,
        phone,
        email,
        addressLine1,
        addressLine2,
        city,
        region,
        postalCode,
        country,
        emergencyName,
        emergencyRelation,
        emergencyPhone,
        status,
        new PatientData.Clinical(
            bloodType,
            allergies == null || allergies.isEmpty()
                ? List.of()
                : Arrays.asList(allergies.split("\n")),
            notes));
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

  public String updatedBy() {
    return updatedBy;
  }

  @Override
  public String auditId() {
    return id.toString();
  }
}
