package hms.patients.control;

import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The patient export: RFC 4180 rows (UTF-8, CRLF) written with Apache Commons CSV, read and written
 * a chunk at a time so that memory stays bounded at any size. Safe to open in a spreadsheet: a cell
 * that starts with = + - @ TAB or CR is prefixed with ' so that no spreadsheet runs it as a formula
 * (CSV injection).
 *
 * <p>A cell is quoted only when it holds a comma, a quote or a line break, as the export always
 * did. Commons CSV's own minimal rule also quotes cells that start with a space, ! or # or end with
 * a space, which would change the bytes of an export for the same data; so this class decides which
 * cells to quote and the library writes them (doubling quotes).
 */
public final class PatientCsv {
  static final List<String> HEADER =
      List.of(
          "mrn",
          "givenName",
          "familyName",
          "dateOfBirth",
          "sex",
          "phone",
          "email",
          "city",
          "country",
          "status");

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CSVFormat QUOTED =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
  private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setQuote(null).get();

  /** The export's source: at most {@code size} patients in id order after {@code afterId}. */
  @FunctionalInterface
  public interface Chunks {
    /** {@code afterId} is null for the first chunk. */
    List<Patient> after(String afterId, int size);
  }

  private PatientCsv() {}

  /**
   * Writes the header and every patient {@code chunks} gives, {@code chunkSize} at a time, flushing
   * after each chunk; leaves {@code out} open.
   */
  public static void write(OutputStream out, int chunkSize, Chunks chunks) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      row(writer, HEADER);
      String after = null;
      List<Patient> chunk;
      do {
        chunk = chunks.after(after, chunkSize);
        for (Patient patient : chunk) {
          row(writer, cells(patient));
          after = patient.id().toString();
        }
        writer.flush();
      } while (chunk.size() == chunkSize);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> cells(Patient patient) {
    PatientData d = patient.data();
    return Arrays.asList(
        patient.mrn(),
        d.givenName(),
        d.familyName(),
        d.dateOfBirth().toString(),
        d.sex().name(),
        d.phone(),
        d.email(),
        d.city(),
        d.country(),
        d.status().name());
  }

  /** One record; a null cell is empty. */
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
