package hms.audit.control;

import hms.csv.control.SafeCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The audit trail's export, written by {@link SafeCsv} (RFC 4180, safe to open in a spreadsheet: a
 * resource label is a patient's name, which anyone at the desk typed).
 */
public final class AuditCsv {
  public static final List<String> HEADER =
      List.of(
          "time",
          "actorName",
          "actorEmail",
          "actorSub",
          "role",
          "action",
          "attempted",
          "resourceType",
          "resourceId",
          "resourceLabel",
          "outcome",
          "requestId",
          "clientIp");

  private AuditCsv() {}

  /** The header and the rows, each a list of {@link #HEADER}'s cells (null: empty). */
  public static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder(64 + rows.size() * 200);
    try {
      SafeCsv.row(out, HEADER);
      for (List<String> cells : rows) {
        SafeCsv.row(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
