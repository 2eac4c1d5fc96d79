package hms.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The audit trail's export: RFC 4180 rows (CRLF; a cell quoted when it holds a comma, a quote or a
 * line break, quotes doubled) written with Apache Commons CSV. Safe to open in a spreadsheet: a
 * cell that starts with = + - @ TAB or CR is prefixed with ' so that no spreadsheet runs it as a
 * formula (CSV injection; a resource label is a patient's name, which anyone at the desk typed).
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

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CSVFormat QUOTED =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
  private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setQuote(null).get();

  private AuditCsv() {}

  /** The header and the rows, each a list of {@link #HEADER}'s cells (null: empty). */
  public static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder(64 + rows.size() * 200);
    try {
      row(out, HEADER);
      for (List<String> cells : rows) {
        row(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      String cell = neutralized(cells.get(i));
      (cell != null && needsQuotes(cell) ? QUOTED : PLAIN).print(cell, out, i == 0);
    }
    PLAIN.println(out);
  }

  static String neutralized(String cell) {
    if (cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  private static boolean needsQuotes(String cell) {
    return cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
  }
}
