package hms.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PasswordPolicyTest {

  @Test
  void acceptsAPasswordMeetingEveryRule() {
    assertEquals(List.of(), PasswordPolicy.brokenRules("Str0ng-Pass!"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sh0rt!a | at least 8 characters",
        "lower0nly! | an upper-case letter",
        "UPPER0NLY! | a lower-case letter",
        "NoDigits!! | a digit",
        "NoSymbol00 | a symbol",
      })
  void namesTheOneBrokenRule(String password, String rule) {
    assertEquals(List.of(rule), PasswordPolicy.brokenRules(password));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingPasswordBreaksEveryRule(String password) {
    assertEquals(5, PasswordPolicy.brokenRules(password).size());
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // Seven emoji are fourteen UTF-16 units but seven characters.
    String sevenEmoji = "\uD83D\uDE00".repeat(7);
    assertEquals(
        List.of(
            "at least 8 characters",
            "an upper-case letter",
            "a lower-case letter",
            "a digit",
            "a symbol"),
        PasswordPolicy.brokenRules(sevenEmoji));
  }

  @Test
  void spaceCountsAsASymbolAsInCognito() {
    assertEquals(List.of(), PasswordPolicy.brokenRules("Pass word 1"));
  }

  @Test
  void publishesEveryRuleInTheWordsOfItsRefusals() {
    assertEquals(PasswordPolicy.brokenRules(""), PasswordPolicy.rules());
    assertEquals(
        "At least 8 characters, an upper-case letter, a lower-case letter, a digit and a symbol.",
        PasswordPolicy.summary());
  }
}
