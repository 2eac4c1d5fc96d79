package hms.tenancy.boundary;

/**
 * How a hospital's name is checked wherever it is given (created, renamed by the platform, changed
 * in the hospital's settings): the rule of a member's display name ({@link DisplayNames}), since
 * both are shown on every screen and printed: some visible text on one line, no control characters
 * and nothing that reorders the text; at most 200 characters.
 */
public final class HospitalNames {
  public static final int MAX = 200;
  public static final String PATTERN = DisplayNames.PATTERN;
  public static final String MESSAGE = DisplayNames.MESSAGE;
  public static final String TOO_LONG = "must be at most " + MAX + " characters";
  public static final String DESCRIPTION =
      "The hospital's name as its members see it: some visible text on one line, without control"
          + " characters or characters that reorder the text (bidirectional overrides).";

  private HospitalNames() {}
}
