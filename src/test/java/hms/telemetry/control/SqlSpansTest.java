package hms.telemetry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SqlSpansTest {
  @Test
  void aPreparedStatementKeepsItsShapeAndSchema() {
    String sql =
        "SELECT ID, FAMILY_NAME FROM \"t_trc_ab12\".patients WHERE (ID = ?) AND (VERSION > ?)"
            + " LIMIT ? OFFSET ?";
    assertEquals(sql, SqlSpans.statement(sql));
    assertEquals("SELECT", SqlSpans.operation(sql));
  }

  @Test
  void literalsWrittenIntoAStatementNeverReachTheSpan() {
    String sql =
        "UPDATE \"t_x1\".patients SET family_name = 'O''Brien', weight = 72.5, visits = 3"
            + " WHERE email = 'jane.doe@example.org' AND t2.col1 = -4";
    String kept = SqlSpans.statement(sql);
    assertEquals(
        "UPDATE \"t_x1\".patients SET family_name = ?, weight = ?, visits = ?"
            + " WHERE email = ? AND t2.col1 = ?",
        kept);
    assertFalse(kept.contains("Brien"));
    assertEquals("UPDATE", SqlSpans.operation("  update x set y = 1"));
  }

  @Test
  void aLongStatementIsCut() {
    String sql = "SELECT " + "a, ".repeat(2_000) + "b FROM t";
    assertEquals(SqlSpans.MAX_STATEMENT, SqlSpans.statement(sql).length());
  }

  @Test
  void aStatementWithoutAWordIsPlainSql() {
    assertEquals("SQL", SqlSpans.operation(null));
    assertEquals("SQL", SqlSpans.operation("  "));
    assertEquals("SQL", SqlSpans.operation("(SELECT 1)"));
  }
}
