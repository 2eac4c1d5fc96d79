package hms.patients.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows, safe to open in a spreadsheet: a cell that starts with = + - @ TAB or CR is
 * prefixed with ' so that no spreadsheet runs it as a formula (CSV injection).
 */
public final class Csv {
  private Csv() {}

  public static String row(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
