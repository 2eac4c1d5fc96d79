package hms.tenancy.control;

import hms.tenancy.entity.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The request tenant's settings row, in the tenant's own schema. */
@ApplicationScoped
public class SettingsRepository {
  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected SettingsRepository() {
    this(null);
  }

  @Inject
  public SettingsRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  /** The first migration writes the row, so every migrated tenant has one. */
  public TenantSettings current() {
    return tenantEm.current().find(TenantSettings.class, TenantSettings.ID);
  }
}
