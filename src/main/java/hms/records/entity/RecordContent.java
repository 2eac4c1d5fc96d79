package hms.records.entity;

import java.util.List;

/** What a writer puts in a record, as one value: the whole of it is replaced on each edit. */
public record RecordContent(
    RecordType type,
    String chiefComplaint,
    String subjective,
    String objective,
    String assessment,
    String plan,
    Vitals vitals,
    List<Coded> diagnoses,
    List<Prescription.Order> prescriptions) {

  /** A diagnosis as written: an ICD-10 code and its wording. */
  public record Coded(String code, String description) {}

  public RecordContent {
    diagnoses = List.copyOf(diagnoses);
    prescriptions = List.copyOf(prescriptions);
  }
}
