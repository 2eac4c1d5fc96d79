package hms.access.boundary;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.Response.Status;

/**
 * 403: the caller's role does not allow the use case, or a refinement inside it. Thrown by the
 * guard, which audits it once, whichever use case it crosses on its way out.
 */
public final class AccessDenied extends ProblemException {
  private boolean audited;

  public AccessDenied() {
    super(Status.FORBIDDEN, "forbidden", "Not Allowed", "Your role does not allow this action.");
  }

  /** True the first time: the innermost guarded use case audits the refusal, no other. */
  public boolean auditOnce() {
    boolean first = !audited;
    audited = true;
    return first;
  }
}
