package hms.idempotency.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {
  @Test
  void readsABareAndAQuotedKeyAlike() {
    assertEquals("8e03978e-40d5", IdempotencyKey.parse("8e03978e-40d5").value());
    assertEquals("8e03978e-40d5", IdempotencyKey.parse("\"8e03978e-40d5\"").value());
  }

  @Test
  void noHeaderIsNoKey() {
    assertEquals(Optional.empty(), IdempotencyKey.of(null));
    assertEquals(Optional.empty(), IdempotencyKey.of(List.of()));
  }

  @Test
  void takesUpTo255VisibleCharacters() {
    assertEquals(255, IdempotencyKey.parse("k".repeat(255)).value().length());
    for (String bad :
        List.of("", "\"\"", "k".repeat(256), "two words", "a\"b", "a\\b", "caf\u00e9")) {
      assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.parse(bad), bad);
    }
  }

  @Test
  void refusesARepeatedHeader() {
    assertThrows(IllegalArgumentException.class, () -> IdempotencyKey.of(List.of("a", "b")));
  }
}
