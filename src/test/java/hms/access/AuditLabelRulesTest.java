package hms.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.access.entity.Rule;
import hms.access.entity.TenantRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit trail names a resource only for the roles that may read it: each labelling rule admits
 * exactly the roles of the resource's read rule. Only ADMINs read the trail today, and they may
 * read every resource; were another role given the trail, these rules would withhold what it may
 * not read (a RECEPTIONIST sees no record's label).
 */
class AuditLabelRulesTest {

  @Test
  void labelsAdmitTheRolesThatReadTheResource() {
    assertEquals(Rule.PATIENT_READ.who(), Rule.PATIENT_LABELS.who());
    assertEquals(Rule.APPOINTMENT_READ.who(), Rule.APPOINTMENT_LABELS.who());
    assertEquals(Rule.RECORD_READ.who(), Rule.RECORD_LABELS.who());
    assertEquals(false, Rule.RECORD_LABELS.who().admits(TenantRole.RECEPTIONIST));
  }

  @Test
  void onlyAdminsReadAndExportTheTrail() {
    assertEquals(Set.of(TenantRole.ADMIN), Rule.AUDIT_READ.who().roles());
    assertEquals(Set.of(TenantRole.ADMIN), Rule.AUDIT_EXPORT.who().roles());
    assertEquals(Rule.Who.Kind.MEMBERS, Rule.AUDIT_EXPORT.who().kind());
  }
}
