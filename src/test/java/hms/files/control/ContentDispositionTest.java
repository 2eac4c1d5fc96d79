package hms.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void givesAnAsciiFallbackAndTheUtf8Name() {
    assertEquals(
        "attachment; filename=\"Rontgen_Arm_1.png\"; filename*=UTF-8''R%C3%B6ntgen%20Arm%201.png",
        ContentDisposition.attachment("Röntgen Arm 1.png"));
  }

  @Test
  void encodesQuotesAndSemicolonsSoTheHeaderCannotBeBroken() {
    assertEquals(
        "attachment; filename=\"a_bc.pdf\"; filename*=UTF-8''a%22%3Bbc.pdf",
        ContentDisposition.attachment("a\";b\rc.pdf"));
  }
}
