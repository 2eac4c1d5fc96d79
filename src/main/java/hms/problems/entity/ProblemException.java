package hms.problems.entity;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Code that fails throws this (or a subclass named after the
 * domain rule); {@code hms.problems.entity.ProblemExceptionMapper} turns it into problem+json. The
 * detail is written for the client, so it must never carry a third party's message or internal
 * names.
 */
public class ProblemException extends RuntimeException {
  private final Response.StatusType status;
  private final String slug;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public static final String VALIDATION_SLUG = "validation";
  public static final String VALIDATION_TITLE = "Validation Failed";
  public static final String VALIDATION_DETAIL = "Some fields are missing or invalid; see errors.";

  /**
   * Bad input found beyond Bean Validation (a rule across fields, a value only the domain can
   * judge): the same 400 answer as a failed constraint.
   */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        Response.Status.BAD_REQUEST,
        VALIDATION_SLUG,
        VALIDATION_TITLE,
        VALIDATION_DETAIL,
        List.of(new FieldError(field, message)));
  }

  public ProblemException(Response.StatusType status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ProblemException(
      Response.StatusType status,
      String slug,
      String title,
      String detail,
      List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** Adds a header the client needs to act on the problem, such as {@code Retry-After}. */
  public ProblemException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Response.StatusType status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
