package hms.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @Test
  void derivesAQuotedSchemaName() {
    TenantId id = new TenantId("st_mary");
    assertEquals("t_st_mary", id.schema());
    assertEquals("\"t_st_mary\"", id.quotedSchema());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a;drop schema x",
        "\"x\"",
        "ab",
        "Abc",
        "1abc",
        "h\u0430spital",
        "abc\u200b",
        "abc-def",
        "abc def",
        "abc\n",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ""
      })
  void refusesAnythingButTheSlug(String candidate) {
    assertEquals(Optional.empty(), TenantId.parse(candidate));
    assertThrows(IllegalArgumentException.class, () -> new TenantId(candidate));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "st_mary", "h2o", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void acceptsSlugs(String candidate) {
    assertTrue(TenantId.parse(candidate).isPresent());
  }

  @Test
  void refusesNull() {
    assertEquals(Optional.empty(), TenantId.parse(null));
  }
}
