package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.Tenant;

/** One tenant a user belongs to, with the user's role there. */
public record UserTenant(Tenant tenant, TenantRole role) {}
