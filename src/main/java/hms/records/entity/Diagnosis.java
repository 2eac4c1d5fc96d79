package hms.records.entity;

import hms.tenancy.entity.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One diagnosis of a record: an ICD-10 code and its wording. */
@Entity
@Table(name = "record_diagnoses")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(
    type = TenantTableDiscriminatorType.SCHEMA,
    contextProperty = TenantSchema.PROPERTY)
public class Diagnosis {
  public static final String OF_RECORD =
      "SELECT d FROM Diagnosis d WHERE d.recordId = :record ORDER BY d.position";

  /**
   * The ICD-10 code format (WHO and ICD-10-CM): a letter, a digit, a digit or letter (C4A, M1A),
   * then optionally a dot and one to four characters (S52.521A). It checks the form, not that the
   * code is in the classification.
   */
  public static final String ICD10 = "^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$";

  private static final Pattern ICD10_PATTERN = Pattern.compile(ICD10);

  @Id private String id;

  @Column(name = "record_id", nullable = false)
  private String recordId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String description;

  protected Diagnosis() {}

  public Diagnosis(UUID record, int position, String code, String description) {
    if (!ICD10_PATTERN.matcher(code).matches()) {
      throw new IllegalArgumentException("Not an ICD-10 code: " + code);
    }
    this.id = UUID.randomUUID().toString();
    this.recordId = record.toString();
    this.position = position;
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }
}
