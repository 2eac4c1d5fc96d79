package hms.tenancy.entity;

/**
 * How tenant entities find their tenant's schema: every one is {@code TABLE_PER_TENANT} with a
 * SCHEMA discriminator read from this EntityManager property, which only hms.tenancy sets.
 */
public final class TenantSchema {
  /** The EntityManager property EclipseLink reads the tenant's schema from. */
  public static final String PROPERTY = "hms.tenant.schema";

  private TenantSchema() {}
}
