package hms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trail's CSV export. The tests' server allows 40 rows per export (pom.xml's
 * stack.audit.export-max-rows), so a test can pass the limit.
 */
class AuditExportIT {
  private static final String HEADER =
      "time,actorName,actorEmail,actorSub,role,action,attempted,resourceType,resourceId,"
          + "resourceLabel,outcome,requestId,clientIp";

  @Test
  void exportsTheSelectionQuotedAndSafeForSpreadsheets() {
    Hospital h = Tenants.create("aexp");
    Users.Session doctor = Users.signedIn("aexp-doc");
    Answer added =
        Tenants.send(
            h.admin(),
            h.id(),
            "POST",
            "/api/members",
            "{\"email\": \"%s\", \"role\": \"DOCTOR\", \"displayName\": \"=SUM(1,2) \\\"x\\\"\"}"
                .formatted(doctor.email()));
    assertEquals(201, added.status(), added.body());
    String patient =
        Patients.create(doctor, h.id(), Patients.body("Ada", "Exported")).getString("id");
    Tenants.get(doctor, h.id(), "/api/patients/" + patient);

    Answer csv =
        Tenants.get(
            h.admin(), h.id(), "/api/audit-events/export?action=CREATE&actor=" + doctor.sub());
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
    assertEquals(
        "attachment; filename=\"audit-" + h.id() + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"",
        csv.header("Content-Disposition").orElseThrow(),
        "a new hospital's clock is UTC's");
    List<String> lines = Arrays.asList(csv.body().split("\r\n"));
    assertEquals(HEADER, lines.get(0));
    assertEquals(2, lines.size(), csv.body());
    String row = lines.get(1);
    // The display name holds a comma and quotes (quoted, doubled) and starts a formula (').
    assertTrue(
        row.contains(
            ",\"'=SUM(1,2) \"\"x\"\"\","
                + doctor.email()
                + ","
                + doctor.sub()
                + ",DOCTOR,CREATE,,PATIENT,"
                + patient
                + ","),
        row);
    assertTrue(row.contains(",Ada Exported · "), row);
    assertTrue(row.contains(",SUCCESS,"), row);

    // The export is itself audited, as the ADMIN's EXPORT of the trail.
    Answer exports =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?action=EXPORT&resourceType=AUDIT");
    assertEquals(1, exports.json().getInt("totalItems"), exports.body());
    assertEquals(
        h.admin().sub(),
        exports.json().getJsonArray("items").getJsonObject(0).getString("actorSub"));
  }

  @Test
  void theFileIsNamedForTodayOnTheHospitalsClock() {
    Hospital h = Tenants.create("aexd");
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are a day and an hour apart: whatever the time,
    // at least one of them is on another day than UTC.
    for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
      Answer changed =
          Tenants.send(
              h.admin(), h.id(), "PUT", "/api/settings", "{\"timeZone\": \"%s\"}".formatted(zone));
      assertEquals(200, changed.status(), changed.body());
      LocalDate before = LocalDate.now(ZoneId.of(zone));
      String named =
          Tenants.get(h.admin(), h.id(), "/api/audit-events/export")
              .header("Content-Disposition")
              .orElseThrow();
      LocalDate after = LocalDate.now(ZoneId.of(zone));
      assertTrue(
          named.equals(disposition(h, before)) || named.equals(disposition(h, after)),
          zone + ": " + named);
    }
  }

  private static String disposition(Hospital h, LocalDate day) {
    return "attachment; filename=\"audit-" + h.id() + "-" + day + ".csv\"";
  }

  @Test
  void onlyAdminsExportAndFiltersAreChecked() {
    Hospital h = Tenants.create("aexp");
    Users.Session nurse = Tenants.member(h, "aexp-nurse", "NURSE");
    Tenants.get(nurse, h.id(), "/api/audit-events/export").assertProblem(403, "forbidden");
    Answer denied =
        Tenants.get(h.admin(), h.id(), "/api/audit-events?action=DENIED&resourceType=AUDIT");
    assertEquals(1, denied.json().getInt("totalItems"), denied.body());
    assertEquals(
        "EXPORT", denied.json().getJsonArray("items").getJsonObject(0).getString("attempted"));
    var problem =
        Tenants.get(h.admin(), h.id(), "/api/audit-events/export?action=NOPE")
            .assertProblem(400, "validation");
    assertEquals("action", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aSelectionLargerThanTheLimitIsRefusedNotCut() {
    Hospital h = Tenants.create("aexp");
    String patient =
        Patients.create(h.admin(), h.id(), Patients.body("Many", "Reads")).getString("id");
    for (int i = 0; i < 40; i++) {
      Tenants.get(h.admin(), h.id(), "/api/patients/" + patient);
    }
    var problem =
        Tenants.get(h.admin(), h.id(), "/api/audit-events/export?resourceType=PATIENT")
            .assertProblem(400, "export-too-large");
    assertEquals("from", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(problem.getString("detail").contains("41 events"), problem.toString());

    Answer narrower =
        Tenants.get(
            h.admin(), h.id(), "/api/audit-events/export?resourceType=PATIENT&action=CREATE");
    assertEquals(200, narrower.status(), narrower.body());
    assertEquals(2, narrower.body().split("\r\n").length, narrower.body());
  }
}
