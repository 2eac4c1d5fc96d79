package hms.audit.control;

import hms.audit.entity.AuditEvent;
import jakarta.persistence.EntityManager;

/**
 * An audit row by a native statement: a refusal in a hospital the request could not enter, and a
 * success together with how its transaction commits. A success of an action that only reads sets
 * {@code synchronous_commit} off for its transaction, in the same statement (no extra round trip),
 * unless the transaction has written before ({@code pg_current_xact_id_if_assigned()}); any other
 * success sets it on. Every use case audits its success after its work, so the last success of a
 * transaction decides, and a transaction that writes clinical data commits synchronously.
 */
final class AuditInsert {
  private static final String COLUMNS =
      " (id, at, actor_sub, actor_role, action, attempted, resource_type, resource_id, request_id,"
          + " client_ip, outcome)";
  private static final String VALUES =
      "?1, CAST(?2 AS timestamptz), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11";
  private static final String READ_COMMIT =
      "CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN 'off' ELSE 'on' END";

  private AuditInsert() {}

  /** The row alone, into a qualified table. */
  static String plain(String table) {
    return "INSERT INTO " + table + COLUMNS + " VALUES (" + VALUES + ")";
  }

  /** The row, and the commit mode of the transaction that writes it. */
  static String setsCommit(String table, boolean onlyReads) {
    return "WITH commit_mode AS (SELECT set_config('synchronous_commit', "
        + (onlyReads ? READ_COMMIT : "'on'")
        + ", true))"
        + " INSERT INTO "
        + table
        + COLUMNS
        + " SELECT "
        + VALUES
        + " FROM commit_mode";
  }

  static void execute(EntityManager em, String statement, AuditEvent e) {
    em.createNativeQuery(statement)
        .setParameter(1, e.id())
        .setParameter(2, e.at().toString())
        .setParameter(3, e.actorSub())
        .setParameter(4, e.actorRole())
        .setParameter(5, e.action().name())
        .setParameter(6, e.attempted() == null ? null : e.attempted().name())
        .setParameter(7, e.resourceType())
        .setParameter(8, e.resourceId())
        .setParameter(9, e.requestId())
        .setParameter(10, e.clientIp())
        .setParameter(11, e.outcome())
        .executeUpdate();
  }
}
