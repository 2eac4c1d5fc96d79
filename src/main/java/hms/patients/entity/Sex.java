package hms.patients.entity;

/** Administrative sex, as registered. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
