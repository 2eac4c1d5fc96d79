package hms.problems.boundary;

/**
 * How deep a JSON text nests arrays and objects, counted before any parser sees it: a parser
 * refuses a text nested too deeply with an exception of its own after a deep recursion, which would
 * answer 500 and log a stack of a thousand frames per request.
 */
final class JsonNesting {
  /** No request of this API nests deeper than a handful of levels. */
  static final int MAX_DEPTH = 32;

  private JsonNesting() {}

  /** Whether the text opens more than {@code max} arrays or objects at once (strings skipped). */
  static boolean deeperThan(byte[] json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > max) {
          return true;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return false;
  }
}
