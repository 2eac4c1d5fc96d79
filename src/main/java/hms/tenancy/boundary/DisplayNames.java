package hms.tenancy.boundary;

import hms.problems.boundary.VisibleTextValidator;

/**
 * How a member's display name is checked (the requests' constraints) and kept: some visible text,
 * no control characters (a name is shown in lists, the queue and printed records), at most 100
 * characters, kept without the spaces around it.
 */
public final class DisplayNames {
  public static final int MAX = 100;

  /**
   * Written with code points rather than {@code \\p{Cc}}, so that the contract's clients (and
   * Spectral) read it as Java does: C0 and C1 controls and DEL refused, one non-space required.
   */
  public static final String PATTERN =
      "^[^\\u0000-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F][^\\u0000-\\u001F\\u007F-\\u009F]*$";

  public static final String MESSAGE = "must have some visible text and no control characters";
  public static final String DESCRIPTION =
      "How the hospital's screens name the member (e.g. Dr Ada Lovelace): some visible text on one"
          + " line, without control characters or characters that reorder the text (bidirectional"
          + " overrides); kept without the spaces around it.";

  private DisplayNames() {}

  /**
   * The identity provider's name for a person as kept, when it is one a request could give (the
   * provider takes any text at sign-up): null when it has none or one unfit to show.
   */
  static String fromIdentityProvider(String name) {
    if (name == null) {
      return null;
    }
    String kept = VisibleTextValidator.strip(name);
    return kept.length() <= MAX && VisibleTextValidator.isName(kept) ? kept : null;
  }

  /** The name as kept, without spaces of any kind around it: null stays null (no name given). */
  static String normalize(String name) {
    return name == null ? null : VisibleTextValidator.strip(name);
  }
}
