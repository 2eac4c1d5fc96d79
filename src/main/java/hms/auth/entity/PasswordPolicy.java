package hms.auth.entity;

import java.util.List;
import java.util.function.Predicate;

/**
 * The password rules, checked by the application as well as by the user pool: Cognito enforces its
 * own policy, but its stand-in does not, and our message should name the rule either way. Mirrors
 * Cognito's default: at least 8 characters with upper case, lower case, digit and symbol. The one
 * place the rule is written: the checks, the refusal's words and what clients show before anyone
 * types ({@code GET /auth/password-policy}) all come from {@link #RULES}.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;

  /** What the contract says of every new password's field. */
  public static final String DESCRIPTION =
      "Must meet the password policy that GET /auth/password-policy publishes.";

  /**
   * Cognito's symbols: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and space.
   */
  public static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

  /** One rule: the words that complete "must contain ...", and the test a password passes. */
  private record Rule(String words, Predicate<String> keeps) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "at least " + MIN_LENGTH + " characters",
              p -> p.codePointCount(0, p.length()) >= MIN_LENGTH),
          new Rule("an upper-case letter", p -> p.chars().anyMatch(Character::isUpperCase)),
          new Rule("a lower-case letter", p -> p.chars().anyMatch(Character::isLowerCase)),
          new Rule("a digit", p -> p.chars().anyMatch(c -> c >= '0' && c <= '9')),
          new Rule("a symbol", p -> p.chars().anyMatch(c -> SYMBOLS.indexOf(c) >= 0)));

  private PasswordPolicy() {}

  /** The rules the password breaks, in words that complete "must contain ..."; empty if none. */
  public static List<String> brokenRules(String password) {
    String p = password == null ? "" : password;
    return RULES.stream().filter(r -> !r.keeps().test(p)).map(Rule::words).toList();
  }

  /** Every rule, in words that complete "must contain ...". */
  public static List<String> rules() {
    return RULES.stream().map(Rule::words).toList();
  }

  /** The whole rule as one sentence, for people: "At least 8 characters, ... and a symbol." */
  public static String summary() {
    List<String> words = rules();
    String listed =
        String.join(", ", words.subList(0, words.size() - 1))
            + " and "
            + words.get(words.size() - 1);
    return Character.toUpperCase(listed.charAt(0)) + listed.substring(1) + ".";
  }
}
