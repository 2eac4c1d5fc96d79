package hms.problems.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextValidatorTest {
  record Text(@VisibleText String value) {}

  record Name(@VisibleText(name = true) String value) {}

  private static boolean valid(Class<?> of, String text) {
    try {
      VisibleTextValidator validator = new VisibleTextValidator();
      validator.initialize(of.getDeclaredField("value").getAnnotation(VisibleText.class));
      return validator.isValid(text, null);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u2028",
        "\u2029",
        "\u3000",
        "\u00a0\u00a0",
        "\u200b\u200b",
        "\ufeff",
        "\u180e",
        "\u202f",
        " \u2028 ",
        "\u1680",
        "\u3164",
        "\u2800",
        "\u0301",
        "\u3164\u0301",
        "\u205f",
        "\u202e"
      })
  void textWithNothingToSeeIsRefused(String text) {
    assertFalse(valid(Text.class, text), text);
    assertFalse(valid(Name.class, text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr \u202eevil", "Ada\u2028Lovelace", "Ada\u2066x\u2069", "\ufeffAda"})
  void namesRefuseWhatReordersOrBreaksThem(String name) {
    assertFalse(valid(Name.class, name), name);
    assertTrue(valid(Text.class, name), "free text may hold them: " + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr Ada Lovelace", "Zoë Ñúñez", "محمد\u200cرضا", "李小龍", "👩\u200d⚕️ Ada"})
  void realNamesPass(String name) {
    assertTrue(valid(Name.class, name), name);
  }

  @Test
  void nullAndAsciiBlanksAreLeftToRequiredChecks() {
    assertTrue(valid(Name.class, null));
    assertTrue(valid(Text.class, "  "), "@NotBlank says so, once");
  }

  @Test
  void stripsSpacesOfEveryKind() {
    assertEquals("Nurse A", VisibleTextValidator.strip("\u00a0Nurse A\u3000 "));
    assertEquals("", VisibleTextValidator.strip("\u2028"));
  }
}
