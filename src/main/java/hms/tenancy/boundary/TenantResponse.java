package hms.tenancy.boundary;

import hms.tenancy.entity.Tenant;
import hms.tenancy.entity.TenantStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hospital as operators see it. */
@Schema(name = "Tenant")
public record TenantResponse(
    @Schema(required = true, example = "st_mary") String id,
    @Schema(required = true) String name,
    @Schema(required = true) TenantStatus status,
    @Schema(required = true) Instant createdAt) {

  static TenantResponse of(Tenant tenant) {
    return new TenantResponse(
        tenant.id().value(), tenant.name(), tenant.status(), tenant.createdAt());
  }
}
