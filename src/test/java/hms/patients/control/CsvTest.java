package hms.patients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

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
      })
  void quotesAndNeutralizes(String value, String expected) {
    assertEquals(expected, Csv.cell(value));
  }

  @Test
  void neutralizesTabAndCarriageReturnStartsAndEndsRowsWithCrLf() {
    assertEquals("'\tx", Csv.cell("\tx"));
    assertEquals("\"'\rx\"", Csv.cell("\rx"));
    assertEquals("a,,\"b\nc\"\r\n", Csv.row(Arrays.asList("a", null, "b\nc")));
  }
}
