package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body into memory, at most {@value #MAX_BYTES} bytes: one more is refused with 413
 * {@code body-too-large} as soon as it arrives, so no body larger than that is ever held (no
 * request of this API needs more; files go to S3 directly). Whatever reads a body whole (the JSON
 * reader, the idempotency fingerprint) reads it through here.
 */
public final class RequestBodies {
  /** The largest request body read (1 MiB). */
  public static final int MAX_BYTES = 1 << 20;

  private RequestBodies() {}

  /** The body's bytes; a {@link ProblemException} 413 past {@link #MAX_BYTES}. */
  public static byte[] read(InputStream body) throws IOException {
    try {
      return new Bounded(body).readAllBytes();
    } catch (TooLarge e) {
      throw new ProblemException(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "body-too-large",
          "Request Body Too Large",
          "Request bodies may have at most " + MAX_BYTES + " bytes.");
    }
  }

  /** Thrown by {@link Bounded} past the limit. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("Request body over " + MAX_BYTES + " bytes");
    }
  }

  /** Counts what is read and fails past {@link #MAX_BYTES}. */
  private static final class Bounded extends FilterInputStream {
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
