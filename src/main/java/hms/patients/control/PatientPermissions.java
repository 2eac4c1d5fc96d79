package hms.patients.control;

import hms.audit.control.AuditedAccess;
import hms.audit.entity.AuditAction;
import hms.tenancy.boundary.Staff;
import hms.tenancy.entity.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with patients, by the caller's role in the request's tenant (the matrix of
 * docs/permissions.md). A refusal is audited as DENIED before the 403.
 */
@ApplicationScoped
public class PatientPermissions {
  /** The things one can do with patients. */
  public enum Operation {
    READ(AuditAction.READ),
    SEARCH(AuditAction.SEARCH),
    CREATE(AuditAction.CREATE),
    UPDATE(AuditAction.UPDATE),
    WRITE_CLINICAL(AuditAction.UPDATE),
    READ_CLINICAL(AuditAction.READ),
    DEACTIVATE(AuditAction.DELETE),
    EXPORT(AuditAction.EXPORT);

    final AuditAction audited;

    Operation(AuditAction audited) {
      this.audited = audited;
    }
  }

  private static final Set<TenantRole> EVERYONE = EnumSet.allOf(TenantRole.class);
  private static final Set<TenantRole> CLINICAL = Staff.CLINICAL_READERS;

  static final Map<Operation, Set<TenantRole>> MATRIX =
      Map.of(
          Operation.READ, EVERYONE,
          Operation.SEARCH, EVERYONE,
          Operation.CREATE, EVERYONE,
          Operation.UPDATE, EVERYONE,
          Operation.READ_CLINICAL, CLINICAL,
          Operation.WRITE_CLINICAL, CLINICAL,
          Operation.DEACTIVATE, EnumSet.of(TenantRole.ADMIN),
          Operation.EXPORT, EnumSet.of(TenantRole.ADMIN));

  private final AuditedAccess access;

  /** For the CDI proxy only. */
  protected PatientPermissions() {
    this(null);
  }

  @Inject
  public PatientPermissions(AuditedAccess access) {
    this.access = access;
  }

  public boolean allows(Operation operation) {
    return access.allows(MATRIX.get(operation));
  }

  /** Refuses with 403, audited as DENIED, unless the caller's role allows the operation. */
  public void require(Operation operation, String patientId) {
    access.require(MATRIX.get(operation), operation.audited, "PATIENT", patientId);
  }
}
