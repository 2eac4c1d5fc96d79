package hms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Patients;
import hms.it.Records;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The rules a tenant's schema keeps whatever the application does (audit trail and amendments
 * append-only, FINAL records frozen, patient counters in step), enforced by triggers that call the
 * platform schema's functions: the tenant schema has no function of its own.
 */
class TenantSchemaRulesIT {

  @Test
  void theSchemaKeepsItsRulesThroughThePlatformsFunctions() throws SQLException {
    assertRulesHold(Tenants.create("rules"));
  }

  /** Writes a patient and a FINAL record through the API, then tries to break each rule in SQL. */
  static void assertRulesHold(Hospital hospital) throws SQLException {
    Users.Session doctor = Tenants.member(hospital, "rules-doctor", "DOCTOR");
    String patient =
        Patients.create(doctor, hospital.id(), Patients.body("Rule", "Keeper")).getString("id");
    String record = Records.finalized(doctor, hospital.id(), patient).getString("id");
    String id = hospital.id();

    refused(
        "audit events are append-only", "UPDATE " + table(id, "audit_events") + " SET at = now()");
    refused("audit events are append-only", "DELETE FROM " + table(id, "audit_events"));
    refused("audit events are append-only", "TRUNCATE " + table(id, "audit_events"));
    refused(
        "clinical record " + record + " is final",
        "UPDATE "
            + table(id, "clinical_records")
            + " SET plan = 'changed' WHERE id = '"
            + record
            + "'");
    refused(
        "clinical record " + record + " is final",
        "INSERT INTO "
            + table(id, "record_diagnoses")
            + " (id, record_id, position, code, description) VALUES ('d-rule', '"
            + record
            + "', 9, 'J45', 'Added after signing')");
    refused("amendments are append-only", "TRUNCATE " + table(id, "record_amendments"));

    assertEquals(
        1,
        Sql.number(
            "SELECT sum(n) FROM " + table(id, "patient_counts") + " WHERE status = 'ACTIVE'"));
    Sql.run("UPDATE " + table(id, "patients") + " SET status = 'INACTIVE'");
    assertEquals(
        1,
        Sql.number(
            "SELECT sum(n) FROM " + table(id, "patient_counts") + " WHERE status = 'INACTIVE'"));
    assertEquals(
        0,
        Sql.number(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = '\"t_" + id + "\"'::regnamespace"));
  }

  private static String table(String tenant, String name) {
    return Sql.table(tenant, name);
  }

  private static void refused(String because, String statement) {
    SQLException refused = assertThrows(SQLException.class, () -> Sql.run(statement), statement);
    assertTrue(refused.getMessage().contains(because), refused.getMessage());
  }
}
