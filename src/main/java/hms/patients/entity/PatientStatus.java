package hms.patients.entity;

/** Patients are never deleted: they become INACTIVE (or DECEASED). */
public enum PatientStatus {
  ACTIVE,
  INACTIVE,
  DECEASED
}
