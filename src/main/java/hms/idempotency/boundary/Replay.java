package hms.idempotency.boundary;

/**
 * Fired (synchronously) before a kept answer is given again, for the features whose answers hold
 * something that ages faster than the key: an observer may put a fresh body in its place (a file's
 * upload URL that expired). The kept answer itself stays as it was.
 */
public final class Replay {
  private final String path;
  private final int status;
  private byte[] body;

  public Replay(String path, int status, byte[] body) {
    this.path = path;
    this.status = status;
    this.body = body;
  }

  /** The request's path from the server's root, without the query ({@code /api/files}). */
  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  public byte[] body() {
    return body;
  }

  /** The body to send instead, of the same media type. */
  public void replaceBody(byte[] fresh) {
    this.body = fresh;
  }
}
