package hms.problems.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that a person will read must show something: at least one character that is neither a space
 * of any kind (no-break, ideographic, line separator...) nor an invisible formatting character
 * (zero-width space, byte order mark). {@code @NotBlank} trims only ASCII, so U+2028 passed it.
 * With {@code name = true}, for the names staff are shown by: one line, and none of the characters
 * that reorder the text around them (bidirectional overrides and isolates, which made "Dr U+202E
 * evil" read backwards on every screen). Null is valid (optional fields), and so is text blank in
 * ASCII terms: {@code @NotBlank} or a pattern refuses that, with one message per field.
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface VisibleText {
  String message() default "must have some visible text";

  boolean name() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
