package hms.records.entity;

/** The kind of encounter a record documents. */
public enum RecordType {
  CONSULTATION,
  FOLLOW_UP,
  PROCEDURE,
  CHECKUP,
  EMERGENCY,
  ADMISSION,
  DISCHARGE,
  PHONE
}
