package hms.tenancy.entity;

/** PROVISIONING until its schema is migrated and it has an administrator. */
public enum TenantStatus {
  PROVISIONING,
  ACTIVE,
  SUSPENDED
}
