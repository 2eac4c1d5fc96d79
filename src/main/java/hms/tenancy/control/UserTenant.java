package hms.tenancy.control;

import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantRole;

/** One tenant a user belongs to, with the user's role there. */
public record UserTenant(Tenant tenant, TenantRole role) {}
