package hms.problems.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.problems.entity.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  record Code(String code) {}

  record Body(String name, Address address, List<Code> codes) {}

  record Address(String city) {}

  @Test
  void nulEscapeAndDeleteAreControlCharactersTabAndLineBreaksAreNot() {
    assertTrue(ControlCharacters.in("a\u0000"));
    assertTrue(ControlCharacters.in("\u001b[31m"));
    assertTrue(ControlCharacters.in("x\u007f"));
    assertFalse(ControlCharacters.in("one\ntwo\r\n\tthree"));
    assertFalse(ControlCharacters.in("Ünïcödé – ok"));
  }

  @Test
  void aBodyIsRefusedNamingThePathToTheText() {
    assertEquals("address.city", refused(new Body("Ann", new Address("Ber\u0000lin"), List.of())));
    assertEquals(
        "codes[1].code",
        refused(new Body("Ann", null, List.of(new Code("A00"), new Code("B\u000701")))));
  }

  @Test
  void aCleanBodyPasses() {
    ControlCharacters.refuseInBody(new Body("Ann\nLee", new Address("Berlin"), List.of()));
  }

  private static String refused(Object body) {
    ProblemException e =
        assertThrows(ProblemException.class, () -> ControlCharacters.refuseInBody(body));
    return e.errors().get(0).field();
  }
}
