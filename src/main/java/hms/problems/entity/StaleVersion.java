package hms.problems.entity;

import jakarta.ws.rs.core.Response.Status;

/** 412: the client's If-Match names a version that is no longer the current one. */
public final class StaleVersion extends ProblemException {
  private StaleVersion(String detail) {
    super(Status.PRECONDITION_FAILED, "stale-version", "Changed Meanwhile", detail);
  }

  /** Refuses unless the client saw the current version. */
  public static void check(long current, long seen) {
    if (current != seen) {
      throw seenOlder();
    }
  }

  /** The client's tag is not the current version (or not one at all). */
  public static StaleVersion seenOlder() {
    return new StaleVersion(
        "Someone changed this since you read it (the If-Match ETag is not the current version)."
            + " Reload, then apply your change.");
  }

  /** Two writers raced past the same If-Match; the later one loses, as if its tag were stale. */
  public static StaleVersion raced() {
    return new StaleVersion(
        "Someone changed this record at the same time. Reload, then apply your change.");
  }
}
