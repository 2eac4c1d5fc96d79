package hms.problems.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link VisibleText}. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {
  /**
   * Letters and symbols that draw nothing (Hangul fillers, the Braille blank, Khmer inherent
   * vowels): U+3164 as a name left a clinician's column without a heading.
   */
  private static final Set<Integer> BLANK_LOOKING =
      Set.of(0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0);

  private boolean name;

  @Override
  public void initialize(VisibleText annotation) {
    name = annotation.name();
  }

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    if (text == null || text.trim().isEmpty()) {
      return true; // @NotBlank (or a name's pattern) says so: one message per field, not two
    }
    if (name && text.codePoints().anyMatch(VisibleTextValidator::unfitForAName)) {
      return false;
    }
    return text.codePoints().anyMatch(VisibleTextValidator::visible);
  }

  /**
   * Whether text that did not come through a request (an identity provider's attribute) passes the
   * check a name in a request meets: some visible text, nothing that breaks or reorders a line.
   */
  public static boolean isName(String text) {
    return text != null
        && text.codePoints().noneMatch(VisibleTextValidator::unfitForAName)
        && text.codePoints().noneMatch(Character::isISOControl)
        && text.codePoints().anyMatch(VisibleTextValidator::visible);
  }

  /** Leading and trailing spaces of every kind removed (String.strip leaves the no-break ones). */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && space(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && space(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  private static boolean visible(int c) {
    return !space(c) && !invisible(c) && !mark(c) && !BLANK_LOOKING.contains(c);
  }

  /** A combining accent shows only on a letter before it. */
  private static boolean mark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean space(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  private static boolean unfitForAName(int c) {
    int type = Character.getType(c);
    return type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
  }
}
