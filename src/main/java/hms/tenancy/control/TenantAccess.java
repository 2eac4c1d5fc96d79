package hms.tenancy.control;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.TenantStatus;
import java.util.Optional;

/** What the request rule needs to know: the tenant's state and the caller's role in it. */
public record TenantAccess(TenantStatus status, int schemaVersion, Optional<TenantRole> role) {}
