package hms.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The vital signs taken at an encounter, each optional. The ranges are what a living patient can
 * show (a neonate's weight to the tallest adult's height); anything outside is a typo or a unit
 * mix-up. The boundary checks them; the table's CHECKs repeat them.
 */
@Embeddable
public class Vitals {
  @Column(name = "height_cm")
  private BigDecimal heightCm;

  @Column(name = "weight_kg")
  private BigDecimal weightKg;

  @Column(name = "temperature_c")
  private BigDecimal temperatureC;

  private Integer pulse;
  private Integer systolic;
  private Integer diastolic;

  @Column(name = "respiratory_rate")
  private Integer respiratoryRate;

  private Integer spo2;

  protected Vitals() {}

  public Vitals(
      BigDecimal heightCm,
      BigDecimal weightKg,
      BigDecimal temperatureC,
      Integer pulse,
      Integer systolic,
      Integer diastolic,
      Integer respiratoryRate,
      Integer spo2) {
    if (systolic != null && diastolic != null && diastolic >= systolic) {
      throw new IllegalArgumentException("The diastolic pressure is below the systolic");
    }
    this.heightCm = heightCm;
    this.weightKg = weightKg;
    this.temperatureC = temperatureC;
    this.pulse = pulse;
    this.systolic = systolic;
    this.diastolic = diastolic;
    this.respiratoryRate = respiratoryRate;
    this.spo2 = spo2;
  }

  public BigDecimal heightCm() {
    return heightCm;
  }

  public BigDecimal weightKg() {
    return weightKg;
  }

  public BigDecimal temperatureC() {
    return temperatureC;
  }

  public Integer pulse() {
    return pulse;
  }

  public Integer systolic() {
    return systolic;
  }

  public Integer diastolic() {
    return diastolic;
  }

  public Integer respiratoryRate() {
    return respiratoryRate;
  }

  public Integer spo2() {
    return spo2;
  }
}
