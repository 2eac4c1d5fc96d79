package hms.tenancy.entity;

/** REMOVED memberships stay as a record and can be reactivated. */
public enum MembershipStatus {
  ACTIVE,
  REMOVED
}
