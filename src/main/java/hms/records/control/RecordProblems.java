package hms.records.control;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.Response.Status;

/** The refusals of clinical records, each with its own problem type. */
public final class RecordProblems {
  private RecordProblems() {}

  /** An edit (or an attachment change) of a signed record. */
  public static final class Final extends ProblemException {
    public Final() {
      super(
          Status.CONFLICT,
          "record-final",
          "Record Is Final",
          "A final record does not change. Add an amendment instead.");
    }
  }

  /** An amendment to a record that is still a draft. */
  public static final class Draft extends ProblemException {
    public Draft() {
      super(
          Status.CONFLICT,
          "record-draft",
          "Record Is a Draft",
          "A draft is edited directly; amendments are for final records.");
    }
  }
}
