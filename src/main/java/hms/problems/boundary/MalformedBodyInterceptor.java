package hms.problems.boundary;

import hms.problems.entity.FieldError;
import hms.problems.entity.ProblemException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A request body that is not JSON, or not of the expected shape, is the client's fault: 400, naming
 * every field that does not fit its type (an unknown enum value, an impossible date: {@link
 * BodyShape}); one over {@value RequestBodies#MAX_BYTES} bytes is refused with 413 ({@link
 * RequestBodies}); text with control characters other than tab and line breaks is refused naming
 * the field ({@link ControlCharacters}); a value JSON-B would convert rather than refuse (a number
 * for text, a fraction or an overflowing number for a whole one) is refused naming the field; one
 * nested deeper than {@value JsonNesting#MAX_DEPTH} levels is malformed ({@link JsonNesting}), and
 * so is one that is not UTF-8 or has anything after its value ({@link JsonText}). The check sits
 * around reading the request only, so a failure writing a response stays a 500.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    byte[] body = RequestBodies.read(context.getInputStream());
    if (body.length == 0 || JsonNesting.deeperThan(body, JsonNesting.MAX_DEPTH)) {
      // No body where one is expected (servers differ: an error, or null for validation), or one
      // nested deeper than any request of this API, which the parser would fail on with a 500.
      throw malformed();
    }
    JsonText.require(body, context.getMediaType());
    context.setInputStream(new ByteArrayInputStream(body));
    Object read;
    try {
      read = context.proceed();
    } catch (JsonbException | ProcessingException e) {
      // RESTEasy on WildFly wraps JSON-B's failure in a ProcessingException; Liberty does not.
      if (e instanceof ProcessingException wrapped && !causedBy(wrapped, JsonbException.class)) {
        throw wrapped;
      }
      throw misfits(body, context).orElseGet(MalformedBodyInterceptor::malformed);
    }
    // JSON-B also converts what it should refuse (a number into text; "30", 30.5 and 4294967326
    // into the int 30): every body is walked along its type, not only a failed one.
    Optional<ProblemException> misfits = misfits(body, context);
    if (misfits.isPresent()) {
      throw misfits.get();
    }
    ControlCharacters.refuseInBody(read);
    return read;
  }

  /** Every field that does not fit its type, in one validation problem; empty if none. */
  private static Optional<ProblemException> misfits(byte[] body, ReaderInterceptorContext context) {
    List<FieldError> errors =
        BodyShape.misfits(body, context.getGenericType()).stream()
            .map(misfit -> new FieldError(misfit.field(), misfit.message()))
            .toList();
    return errors.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new ProblemException(
                Response.Status.BAD_REQUEST,
                ProblemException.VALIDATION_SLUG,
                ProblemException.VALIDATION_TITLE,
                ProblemException.VALIDATION_DETAIL,
                errors));
  }

  private static ProblemException malformed() {
    return malformed("The request body is not JSON of the expected shape.");
  }

  static ProblemException malformed(String detail) {
    return new ProblemException(
        Response.Status.BAD_REQUEST, "malformed-body", "Malformed Request Body", detail);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
