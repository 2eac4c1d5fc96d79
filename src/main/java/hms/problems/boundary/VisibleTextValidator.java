package hms.problems.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VisibleText}. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {
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
    return !space(c) && !invisible(c);
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
