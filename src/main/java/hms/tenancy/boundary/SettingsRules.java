package hms.tenancy.boundary;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The settings' own rules (a known time zone and locale, a default length the schedule can take,
 * working hours that make a week), checked with the other constraints of a change so that one
 * answer names every bad field ({@link SettingsRulesValidator}).
 */
@Documented
@Constraint(validatedBy = SettingsRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SettingsRules {
  String message() default "must follow the settings' rules";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
