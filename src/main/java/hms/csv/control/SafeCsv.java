package hms.csv.control;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** One CSV record at a time, safe for spreadsheets (the package's decisions say how). */
public final class SafeCsv {
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CSVFormat QUOTED =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
  private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setQuote(null).get();

  private SafeCsv() {}

  /** Appends one record and its CRLF; a null cell is empty. */
  public static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      String cell = neutralized(cells.get(i));
      (cell != null && needsQuotes(cell) ? QUOTED : PLAIN).print(cell, out, i == 0);
    }
    PLAIN.println(out);
  }

  /** The cell, prefixed with ' when a spreadsheet would read it as a formula. */
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
