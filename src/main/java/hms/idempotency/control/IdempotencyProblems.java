package hms.idempotency.control;

import hms.idempotency.entity.IdempotencyKey;
import hms.problems.entity.FieldError;
import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** The refusals of a request with (or without) an {@code Idempotency-Key}. */
public final class IdempotencyProblems {
  /** Seconds a client waits before repeating a request whose key is in use. */
  static final String RETRY_AFTER_SECONDS = "1";

  /** 422, which JAX-RS 3.1's {@code Response.Status} does not name. */
  private static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  private IdempotencyProblems() {}

  /** The header is repeated, empty, too long, or has characters a key may not have: 400. */
  public static final class MalformedKey extends ProblemException {
    public MalformedKey() {
      super(
          Status.BAD_REQUEST,
          VALIDATION_SLUG,
          VALIDATION_TITLE,
          VALIDATION_DETAIL,
          List.of(
              new FieldError(
                  IdempotencyKey.HEADER,
                  "must be one value of 1 to "
                      + IdempotencyKey.MAX_LENGTH
                      + " visible ASCII characters, without quotes or backslashes inside")));
    }
  }

  /**
   * The server requires a key on creating requests and this one has none: 400, as the draft says.
   */
  public static final class MissingKey extends ProblemException {
    public MissingKey() {
      super(
          Status.BAD_REQUEST,
          "idempotency-key-missing",
          "Idempotency-Key Required",
          "This request creates a resource and the server requires an Idempotency-Key header on"
              + " it: send a new unique key (a UUID) per action, and the same key on its retries.",
          List.of(new FieldError(IdempotencyKey.HEADER, "is required")));
    }
  }

  /** The key answered another request of this caller: 422. */
  public static final class Mismatch extends ProblemException {
    public Mismatch() {
      super(
          UNPROCESSABLE,
          "idempotency-key-mismatch",
          "Idempotency-Key Reused",
          "This Idempotency-Key was used for a different request (method, path or body). Use a"
              + " new key for a new request.");
    }
  }

  /** The first request with this key is still running: 409 at once, try again shortly. */
  public static final class InUse extends ProblemException {
    public InUse() {
      super(
          Status.CONFLICT,
          "idempotency-key-in-use",
          "Idempotency-Key In Use",
          "A request with this Idempotency-Key is still being processed. Repeat it after"
              + " Retry-After seconds to get its answer.");
      withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
  }
}
