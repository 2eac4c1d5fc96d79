package hms.patients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.patients.entity.Patient;
import hms.patients.entity.PatientData;
import hms.patients.entity.PatientStatus;
import hms.patients.entity.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientCsvTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain | plain",
        "=1+1 | '=1+1",
        "+49 30 1 | '+49 30 1",
        "-2 | '-2",
        "@SUM(A1) | '@SUM(A1)",
        "a,b | `\"a,b\"`",
        "say \"hi\" | `\"say \"\"hi\"\"\"`",
        "=HYPERLINK(\"x\",\"y\") | `\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
        "#5 | #5",
        "!x | !x",
      })
  void quotesAndNeutralizes(String value, String expected) throws IOException {
    assertEquals(expected + ",x\r\n", row(value, "x"));
  }

  @Test
  void neutralizesTabAndCarriageReturnStartsAndEndsRowsWithCrLf() throws IOException {
    assertEquals("'\tx\r\n", row("\tx"));
    assertEquals("\"'\rx\"\r\n", row("\rx"));
    assertEquals("a,,\"b\nc\"\r\n", row("a", null, "b\nc"));
    assertEquals(",x,\r\n", row("", "x", ""), "empty cells stay unquoted");
    assertEquals(" padded ,x\r\n", row(" padded ", "x"), "spaces at either end stay unquoted");
  }

  @Test
  void writesTheSameBytesAsTheRuleBeforeCommonsCsv() throws IOException {
    Random random = new Random(18);
    String alphabet = "ab ,\"\n\r\t=+-@!#'é\u0001";
    for (int n = 0; n < 5_000; n++) {
      List<String> cells = new ArrayList<>();
      for (int c = random.nextInt(4) + 1; c > 0; c--) {
        StringBuilder cell = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
          cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        cells.add(random.nextInt(10) == 0 ? null : cell.toString());
      }
      assertEquals(before(cells), row(cells.toArray(String[]::new)), cells.toString());
    }
  }

  @Test
  void streamsEveryChunkAfterTheHeaderAndStopsAtAShortOne() {
    List<Patient> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(patient("P-" + i, "Anne, \"Annie\"", "=cmd"));
    }
    all.sort((x, y) -> x.id().toString().compareTo(y.id().toString()));
    List<String> asked = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PatientCsv.write(
        out,
        2,
        (after, size) -> {
          asked.add(String.valueOf(after));
          return all.stream()
              .filter(p -> after == null || p.id().toString().compareTo(after) > 0)
              .limit(size)
              .toList();
        });
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n", -1));
    assertEquals(
        "mrn,givenName,familyName,dateOfBirth,sex,phone,email,city,country,status", lines.get(0));
    assertEquals(
        "P-0,\"Anne, \"\"Annie\"\"\",'=cmd,1980-02-29,FEMALE,'+49 30 1234567,,Berlin ,DE,ACTIVE",
        lines.stream().filter(l -> l.startsWith("P-0,")).findFirst().orElseThrow());
    assertEquals(7, lines.size(), "header, 5 rows, nothing after the last CRLF");
    assertEquals(
        List.of("null", all.get(1).id().toString(), all.get(3).id().toString()),
        asked,
        "a chunk shorter than asked is the last");
  }

  private static Patient patient(String mrn, String given, String family) {
    return new Patient(
        mrn,
        new PatientData(
            given,
            family,
            LocalDate.of(1980, 2, 29),
            Sex.FEMALE,
            "+49 30 1234567",
            null,
            null,
            null,
            "Berlin ",
            null,
            null,
            "DE",
            null,
            null,
            null,
            PatientStatus.ACTIVE,
            null),
        "test",
        Instant.parse("2026-01-01T08:00:00Z"));
  }

  private static String row(String... cells) throws IOException {
    StringBuilder out = new StringBuilder();
    PatientCsv.row(out, Arrays.asList(cells));
    return out.toString();
  }

  /** The export's rule as it was written by hand before Commons CSV. */
  private static String before(List<String> cells) {
    return cells.stream()
            .map(
                value -> {
                  if (value == null) {
                    return "";
                  }
                  String text = value;
                  if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                    text = "'" + text;
                  }
                  if (text.contains(",")
                      || text.contains("\"")
                      || text.contains("\n")
                      || text.contains("\r")) {
                    text = "\"" + text.replace("\"", "\"\"") + "\"";
                  }
                  return text;
                })
            .collect(Collectors.joining(","))
        + "\r\n";
  }
}
