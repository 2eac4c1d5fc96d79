package hms.patients.control;

import hms.csv.control.SafeCsv;
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

/**
 * The patient export in UTF-8, written by {@link SafeCsv} (RFC 4180, safe to open in a
 * spreadsheet), read and written a chunk at a time so that memory stays bounded at any size.
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
      SafeCsv.row(writer, HEADER);
      String after = null;
      List<Patient> chunk;
      do {
        chunk = chunks.after(after, chunkSize);
        for (Patient patient : chunk) {
          SafeCsv.row(writer, cells(patient));
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
}
