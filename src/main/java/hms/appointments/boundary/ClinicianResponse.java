package hms.appointments.boundary;

import hms.access.entity.TenantRole;
import hms.tenancy.boundary.Clinician;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician who can be booked. */
@Schema(name = "Clinician")
public record ClinicianResponse(
    @Schema(required = true, description = "The id appointments name (the user's sub).") String id,
    @Schema(required = true, format = "email") String email,
    @Schema(description = "Left out until the hospital gives one; screens show the e-mail then.")
        String displayName,
    @Schema(
            required = true,
            enumeration = {"DOCTOR", "NURSE"})
        TenantRole role) {

  static ClinicianResponse of(Clinician c) {
    return new ClinicianResponse(c.sub(), c.email(), c.displayName(), c.role());
  }
}
