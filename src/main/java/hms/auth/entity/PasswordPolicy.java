package hms.auth.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The password rules, checked by the application as well as by the user pool: Cognito enforces its
 * own policy, but its stand-in does not, and our message should name the rule either way. Mirrors
 * Cognito's default: at least 8 characters with upper case, lower case, digit and symbol.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;

  /**
   * Cognito's symbols: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and space.
   */
  private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

  private PasswordPolicy() {}

  /** The rules the password breaks, in words that complete "must contain ..."; empty if none. */
  public static List<String> brokenRules(String password) {
    List<String> broken = new ArrayList<>();
    String p = password == null ? "" : password;
    if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
      broken.add("at least " + MIN_LENGTH + " characters");
    }
    if (p.chars().noneMatch(Character::isUpperCase)) {
      broken.add("an upper-case letter");
    }
    if (p.chars().noneMatch(Character::isLowerCase)) {
      broken.add("a lower-case letter");
    }
    if (p.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      broken.add("a digit");
    }
    if (p.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
      broken.add("a symbol");
    }
    return List.copyOf(broken);
  }
}
