package hms.records.entity;

/** A DRAFT is edited by its writers; a FINAL record is signed and never changes. */
public enum RecordStatus {
  DRAFT,
  FINAL
}
