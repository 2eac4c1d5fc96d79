package hms.csv.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvTest {

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

  private static String row(String... cells) throws IOException {
    StringBuilder out = new StringBuilder();
    SafeCsv.row(out, Arrays.asList(cells));
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
