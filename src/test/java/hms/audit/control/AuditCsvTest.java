package hms.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesOnlyWhatNeedsItAndNeutralisesFormulas() {
    String csv =
        AuditCsv.write(
            List.of(
                Arrays.asList(
                    "2026-01-31T08:00:00Z",
                    "Dr \"Ada\", MD",
                    "=HYPERLINK(\"x\")",
                    null,
                    "+1",
                    "-2",
                    "@a",
                    "\tb",
                    "line\nbreak",
                    "SUCCESS",
                    "r",
                    "127.0.0.1",
                    "plain")));
    String[] lines = csv.split("\r\n", 2);
    assertEquals(String.join(",", AuditCsv.HEADER), lines[0]);
    assertEquals(
        "2026-01-31T08:00:00Z,\"Dr \"\"Ada\"\", MD\",\"'=HYPERLINK(\"\"x\"\")\",,'+1,'-2,'@a,'\tb,"
            + "\"line\nbreak\",SUCCESS,r,127.0.0.1,plain\r\n",
        lines[1]);
  }
}
