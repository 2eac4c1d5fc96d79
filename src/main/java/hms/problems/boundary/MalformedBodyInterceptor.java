package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that is not JSON, or not of the expected shape, is the client's fault: 400, naming
 * the field when one does not fit its type (an unknown enum value, an impossible date: {@link
 * BodyShape}); one over {@value #MAX_BYTES} bytes is refused with 413 as soon as that much has
 * arrived (no request of this API needs more; files go to S3 directly); text with control
 * characters other than tab and line breaks is refused naming the field ({@link
 * ControlCharacters}); one nested deeper than {@value JsonNesting#MAX_DEPTH} levels is malformed
 * ({@link JsonNesting}). The check sits around reading the request only, so a failure writing a
 * response stays a 500.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {
  /** The largest request body read (1 MiB). */
  public static final int MAX_BYTES = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    byte[] body;
    try {
      body = new Bounded(context.getInputStream()).readAllBytes();
    } catch (TooLarge e) {
      throw new ProblemException(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "body-too-large",
          "Request Body Too Large",
          "Request bodies may have at most " + MAX_BYTES + " bytes.");
    }
    if (body.length == 0 || JsonNesting.deeperThan(body, JsonNesting.MAX_DEPTH)) {
      // No body where one is expected (servers differ: an error, or null for validation), or one
      // nested deeper than any request of this API, which the parser would fail on with a 500.
      throw malformed();
    }
    context.setInputStream(new ByteArrayInputStream(body));
    Object read;
    try {
      read = context.proceed();
    } catch (JsonbException | ProcessingException e) {
      // RESTEasy on WildFly wraps JSON-B's failure in a ProcessingException; Liberty does not.
      if (e instanceof ProcessingException wrapped && !causedBy(wrapped, JsonbException.class)) {
        throw wrapped;
      }
      throw BodyShape.misfit(body, context.getGenericType())
          .map(misfit -> ProblemException.invalid(misfit.field(), misfit.message()))
          .orElseGet(MalformedBodyInterceptor::malformed);
    }
    ControlCharacters.refuseInBody(read);
    return read;
  }

  private static ProblemException malformed() {
    return new ProblemException(
        Response.Status.BAD_REQUEST,
        "malformed-body",
        "Malformed Request Body",
        "The request body is not JSON of the expected shape.");
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Thrown by {@link Bounded} past the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("Request body over " + MAX_BYTES + " bytes");
    }
  }

  /** Counts what is read and fails past {@link #MAX_BYTES}. */
  static final class Bounded extends FilterInputStream {
    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
