package hms.tenancy.boundary;

import hms.tenancy.boundary.SettingsResponse.Opening;
import hms.tenancy.entity.TenantSettings;
import hms.tenancy.entity.WeeklyHours;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalTime;
import java.util.List;

/**
 * Checks {@link SettingsRules} by the entities' own rules, naming each field that breaks one:
 * {@code timeZone}, {@code locale}, {@code appointmentMinutes}, and a working-hours interval by its
 * place in the list sent ({@code workingHours[1].closes}, or {@code workingHours[5]} for the whole
 * interval). One message per rule, whatever the value.
 */
public class SettingsRulesValidator
    implements ConstraintValidator<SettingsRules, ChangeSettingsRequest> {
  static final String TIME_ZONE = "must be a time zone id such as Europe/Berlin";
  static final String LOCALE =
      "must be a language and region the server knows, written like en-GB or de-DE";
  static final String MINUTES =
      "must be "
          + TenantSettings.MIN_MINUTES
          + " to "
          + TenantSettings.MAX_MINUTES
          + " minutes, a multiple of 5";

  @Override
  public boolean isValid(ChangeSettingsRequest change, ConstraintValidatorContext context) {
    if (change == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (change.timeZone() != null && !TenantSettings.isTimeZone(change.timeZone())) {
      valid = refuse(context, "timeZone", TIME_ZONE);
    }
    if (change.locale() != null && !TenantSettings.isLocale(change.locale())) {
      valid = refuse(context, "locale", LOCALE);
    }
    Integer minutes = change.appointmentMinutes();
    if (minutes != null && !TenantSettings.isAppointmentLength(minutes)) {
      valid = refuse(context, "appointmentMinutes", MINUTES);
    }
    if (change.workingHours() != null) {
      // The messages are the domain's own words (days and times); none holds { } or $.
      for (WeeklyHours.Flaw flaw : WeeklyHours.flaws(given(change.workingHours()))) {
        var hours =
            context
                .buildConstraintViolationWithTemplate(flaw.message())
                .addPropertyNode("workingHours");
        if (flaw.part() == null) {
          hours.addBeanNode().inIterable().atIndex(flaw.index()).addConstraintViolation();
        } else {
          hours
              .addPropertyNode(flaw.part())
              .inIterable()
              .atIndex(flaw.index())
              .addConstraintViolation();
        }
        valid = false;
      }
    }
    return valid;
  }

  private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
    context
        .buildConstraintViolationWithTemplate(message)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }

  /** The intervals as sent; a part not of the time's form is left out (its own constraint says). */
  private static List<WeeklyHours.Given> given(List<Opening> sent) {
    return sent.stream()
        .map(
            o ->
                o == null
                    ? null
                    : new WeeklyHours.Given(o.day(), time(o.opens()), time(o.closes())))
        .toList();
  }

  private static LocalTime time(String text) {
    return text != null && text.matches(SettingsResponse.TIME) ? LocalTime.parse(text) : null;
  }
}
