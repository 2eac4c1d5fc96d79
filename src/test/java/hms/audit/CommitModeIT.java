package hms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Patients;
import hms.it.Records;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How each transaction commits, seen by the database at commit time: a deferred trigger on every
 * table of the hospital's schema records {@code synchronous_commit} as the commit will use it. A
 * transaction that only read and wrote its audit row commits asynchronously; one that wrote
 * anything else (clinical data, reading first or not) synchronously.
 */
class CommitModeIT {
  private static final Set<String> READ_ACTIONS = Set.of("READ", "SEARCH", "EXPORT");

  /** What one transaction wrote: table (and audit action) of each row, and its commit mode. */
  private record Commit(List<String> rows, Set<String> modes) {
    boolean onlyReadAudit() {
      return rows.size() == 1 && READ_ACTIONS.contains(rows.get(0).replace("audit_events ", ""));
    }
  }

  @Test
  void readsCommitAsynchronouslyAndWritesSynchronously() throws SQLException {
    Hospital h = Tenants.create("commit");
    Users.Session doctor = Tenants.member(h, "commit-doc", "DOCTOR");
    probe("t_" + h.id());

    JsonObject patient = Patients.create(h.admin(), h.id(), Patients.body("Commit", "Mode"));
    String id = patient.getString("id");
    ok(Tenants.get(h.admin(), h.id(), "/api/patients/" + id));
    ok(Tenants.get(h.admin(), h.id(), "/api/patients?page=0&size=20"));
    ok(Tenants.get(h.admin(), h.id(), "/api/patients/export"));
    ok(
        Tenants.send(
            h.admin(),
            h.id(),
            "PUT",
            "/api/patients/" + id,
            Patients.body("Commit", "Changed").build().toString(),
            Map.of("If-Match", "\"" + patient.getJsonNumber("version").longValue() + "\"")));
    String record = Records.finalized(doctor, h.id(), id).getString("id");
    ok(Tenants.get(doctor, h.id(), "/api/records/" + record));

    List<Commit> commits = commits("t_" + h.id());
    List<Commit> reads = commits.stream().filter(Commit::onlyReadAudit).toList();
    List<Commit> writes = commits.stream().filter(c -> !c.onlyReadAudit()).toList();
    assertEquals(4, reads.size(), commits.toString());
    for (Commit read : reads) {
      assertEquals(Set.of("off"), read.modes(), read.toString());
    }
    // Create, update, the record's draft and its signature: each wrote data, each synchronously.
    assertEquals(4, writes.size(), commits.toString());
    for (Commit write : writes) {
      assertEquals(Set.of("on"), write.modes(), write.toString());
      assertTrue(
          write.rows().stream().anyMatch(r -> !r.startsWith("audit_events")),
          write.rows().toString());
    }
  }

  private static void ok(Answer answer) {
    assertEquals(200, answer.status(), answer.body());
  }

  /** A deferred trigger on every table of the schema that notes the commit mode of each row. */
  private static void probe(String schema) throws SQLException {
    String s = "\"" + schema + "\"";
    Sql.run(
        "CREATE TABLE " + s + ".commit_probe (tbl text, action text, mode text, xid xid8)",
        """
        CREATE FUNCTION %1$s.commit_probe() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
          INSERT INTO %1$s.commit_probe VALUES (TG_TABLE_NAME,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) ->> 'action' END,
            current_setting('synchronous_commit'), pg_current_xact_id());
          RETURN NULL;
        END $$
        """
            .formatted(s),
        """
        DO $$ DECLARE t text; BEGIN
          FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '%1$s'
              AND tablename NOT IN ('commit_probe', 'flyway_schema_history') LOOP
            EXECUTE format('CREATE CONSTRAINT TRIGGER commit_probe AFTER INSERT OR UPDATE OR DELETE'
              || ' ON %%I.%%I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
              || ' EXECUTE FUNCTION %%I.commit_probe()', '%1$s', t, '%1$s');
          END LOOP;
        END $$
        """
            .formatted(schema));
  }

  /** The probe's rows by transaction, in commit order. */
  private static List<Commit> commits(String schema) throws SQLException {
    Map<String, Commit> byXid = new LinkedHashMap<>();
    try (Connection db = Sql.connect();
        Statement st = db.createStatement();
        ResultSet rows =
            st.executeQuery(
                "SELECT xid::text, tbl, action, mode FROM \""
                    + schema
                    + "\".commit_probe"
                    + " ORDER BY xid")) {
      while (rows.next()) {
        Commit c =
            byXid.computeIfAbsent(
                rows.getString(1), x -> new Commit(new ArrayList<>(), new java.util.HashSet<>()));
        String action = rows.getString(3);
        c.rows().add(rows.getString(2) + (action == null ? "" : " " + action));
        c.modes().add(rows.getString(4));
      }
    }
    return new ArrayList<>(byXid.values());
  }
}
