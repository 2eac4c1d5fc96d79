package hms.files.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "report.pdf | report.pdf | report.pdf",
        "../../etc/passwd | passwd | passwd",
        "%2e%2e/secret.txt | secret.txt | secret.txt",
        "a\\b.png | b.png | b.png",
        "x-ray left knee.png | x-ray left knee.png | x-ray_left_knee.png",
        "Röntgen Ärm.jpeg | Röntgen Ärm.jpeg | Rontgen_Arm.jpeg",
        "... | ... | file",
        ".hidden | .hidden | hidden",
        "résumé\u202Efdp.exe | résuméfdp.exe | resumefdp.exe",
      })
  void makesNamesSafe(String original, String display, String key) {
    assertEquals(display, FileName.forDisplay(original));
    assertEquals(key, FileName.forKey(original));
  }

  @Test
  void dropsControlCharactersAndNul() {
    assertEquals("ab.txt", FileName.forDisplay("a\u0000b\r\n.txt"));
    assertEquals("ab.txt", FileName.forKey("a\u0000b\u0007.txt"));
  }

  @Test
  void composesToNfc() {
    assertEquals("\u00e9.txt", FileName.forDisplay("e\u0301.txt"));
  }

  @Test
  void boundsTheKeyNameAndKeepsTheExtension() {
    String key = FileName.forKey("a".repeat(10_000) + ".pdf");
    assertEquals(FileName.MAX_KEY_NAME, key.length());
    assertTrue(key.endsWith(".pdf"));
    assertEquals(FileName.MAX_DISPLAY, FileName.forDisplay("b".repeat(10_000)).length());
  }

  @Test
  void nothingLeftIsEmptyForDisplayAndFileForTheKey() {
    assertEquals("", FileName.forDisplay("\u202E\u200B"));
    assertEquals("file", FileName.forKey(""));
  }
}
