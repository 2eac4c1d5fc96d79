package hms.tenancy.control;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

/** The refusals of tenancy, each with its own problem type. */
public final class TenancyProblems {
  private TenancyProblems() {}

  /** No X-Tenant-ID, or one that is not a well-formed tenant id. */
  public static final class MissingTenant extends ProblemException {
    public MissingTenant() {
      super(
          Status.BAD_REQUEST,
          "tenant-header",
          "Tenant Header Missing or Malformed",
          "Send the hospital's id in the X-Tenant-ID header (lower-case letters, digits, _).");
    }
  }

  /**
   * Unknown tenant or not an active member: one answer for both, so that nobody learns which
   * tenants exist.
   */
  public static final class NoAccess extends ProblemException {
    public NoAccess() {
      super(
          Status.FORBIDDEN,
          "tenant-forbidden",
          "No Access to This Hospital",
          "You are not a member of this hospital.");
    }
  }

  /** A member's tenant that an operator suspended. */
  public static final class Suspended extends ProblemException {
    public Suspended() {
      super(
          Status.FORBIDDEN,
          "tenant-suspended",
          "Hospital Suspended",
          "This hospital's account is suspended. Contact the platform's operators.");
    }
  }

  /** The tenant's schema is being migrated. */
  public static final class Unavailable extends ProblemException {
    public Unavailable() {
      super(
          Status.SERVICE_UNAVAILABLE,
          "tenant-unavailable",
          "Hospital Temporarily Unavailable",
          "This hospital's data is being upgraded. Try again in a few seconds.");
      withHeader(HttpHeaders.RETRY_AFTER, "5");
    }
  }

  public static final class TenantExists extends ProblemException {
    public TenantExists() {
      super(
          Status.CONFLICT,
          "tenant-exists",
          "Tenant Exists",
          "A hospital with this id exists already. Choose another id.");
    }
  }

  public static final class MemberExists extends ProblemException {
    public MemberExists() {
      super(
          Status.CONFLICT,
          "member-exists",
          "Already a Member",
          "This user is a member of the hospital already; change the role instead.");
    }
  }

  /** The change would leave the tenant without an administrator. */
  public static final class LastAdmin extends ProblemException {
    public LastAdmin() {
      super(
          Status.CONFLICT,
          "last-admin",
          "Last Administrator",
          "A hospital needs at least one administrator who has signed in. Make someone else ADMIN,"
              + " and let them sign in, first.");
    }
  }

  /** An invitation sent again to someone who needs none. */
  public static final class NothingToResend extends ProblemException {
    private NothingToResend(String detail) {
      super(Status.CONFLICT, "invitation-not-pending", "No Invitation to Send Again", detail);
    }

    /** The member signed in after being added. */
    public static NothingToResend signedIn() {
      return new NothingToResend(
          "This member has signed in since being added; there is no invitation to send again.");
    }

    /** The person has an account with a password (e.g. from another hospital). */
    public static NothingToResend hasPassword() {
      return new NothingToResend(
          "This person has chosen a password already; they see the hospital when they next sign"
              + " in.");
    }
  }
}
