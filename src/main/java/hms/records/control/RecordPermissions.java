package hms.records.control;

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
 * Who may do what with clinical records (docs/permissions.md): ADMINs read them, clinicians write
 * drafts and amend, only doctors sign; receptionists have no access. Refusals are audited.
 */
@ApplicationScoped
public class RecordPermissions {
  /** The things one can do with records. */
  public enum Operation {
    READ(AuditAction.READ),
    LIST(AuditAction.SEARCH),
    WRITE(AuditAction.UPDATE),
    FINALIZE(AuditAction.FINALIZE),
    AMEND(AuditAction.AMEND);

    final AuditAction audited;

    Operation(AuditAction audited) {
      this.audited = audited;
    }
  }

  static final Map<Operation, Set<TenantRole>> MATRIX =
      Map.of(
          Operation.READ, Staff.CLINICAL_READERS,
          Operation.LIST, Staff.CLINICAL_READERS,
          Operation.WRITE, Staff.CLINICAL_ROLES,
          Operation.FINALIZE, EnumSet.of(TenantRole.DOCTOR),
          Operation.AMEND, Staff.CLINICAL_ROLES);

  public static final String RESOURCE = "RECORD";

  private final AuditedAccess access;

  /** For the CDI proxy only. */
  protected RecordPermissions() {
    this(null);
  }

  @Inject
  public RecordPermissions(AuditedAccess access) {
    this.access = access;
  }

  /** Refuses with 403, audited as DENIED, unless the caller's role allows the operation. */
  public void require(Operation operation, String resourceId) {
    access.require(MATRIX.get(operation), operation.audited, RESOURCE, resourceId);
  }
}
