package hms.access.entity;

/** A member's role in one tenant; it grants nothing in any other. */
public enum TenantRole {
  ADMIN,
  DOCTOR,
  NURSE,
  RECEPTIONIST
}
