package hms.versions.boundary;

import hms.problems.entity.ProblemException;
import hms.problems.entity.StaleVersion;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response.Status;

/** This API's ETags: an entity's version in quotes, sent back in If-Match to change it. */
public final class ETags {
  private ETags() {}

  /** The ETag of a version. */
  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the client read, from its If-Match; 428 without one, 412 when unreadable. */
  public static long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new ProblemException(
          Status.PRECONDITION_REQUIRED,
          "if-match-required",
          "If-Match Required",
          "Send the ETag you read in If-Match, so that no one's change is overwritten unseen.");
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw StaleVersion.seenOlder();
    }
  }
}
