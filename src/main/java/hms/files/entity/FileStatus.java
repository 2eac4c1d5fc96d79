package hms.files.entity;

/** PENDING until the upload is confirmed; DELETED rows stay as a record. */
public enum FileStatus {
  PENDING,
  AVAILABLE,
  DELETED
}
