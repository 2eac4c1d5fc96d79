package hms.problems.boundary;

import jakarta.ws.rs.core.Response.Status;

/** If-Match, as this API's ETags make it: the entity's version in quotes. */
public final class Versions {
  private Versions() {}

  /** The version the client read, from its If-Match; 428 without one, 412 when unreadable. */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          Status.PRECONDITION_REQUIRED,
          "if-match-required",
          "If-Match Required",
          "Send the ETag you read in If-Match, so that no one's change is overwritten unseen.");
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw stale();
    }
  }

  /** 412 unless the client saw the current version. */
  public static void requireCurrent(long current, long seen) {
    if (current != seen) {
      throw stale();
    }
  }

  private static ProblemException stale() {
    return new ProblemException(
        Status.PRECONDITION_FAILED,
        "stale-version",
        "Changed Meanwhile",
        "Someone changed this since you read it (the If-Match ETag is not the current version)."
            + " Reload, then apply your change.");
  }
}
