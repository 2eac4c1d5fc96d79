package hms.telemetry.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request's id: the client's {@code X-Request-ID} when it is well formed (1 to 64 letters,
 * digits, {@code . _ : -}), otherwise one made here. Decided once per request and kept on it, so
 * that the answer's header, its problem body, its log lines, its span and its audit events all
 * carry the same id.
 */
public final class RequestIds {
  /** The header a client may send and every answer carries. */
  public static final String HEADER = "X-Request-ID";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final String ATTRIBUTE = RequestIds.class.getName();

  private RequestIds() {}

  /** The request's id, decided at its first use. */
  public static String of(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      return known;
    }
    String given = request.getHeader(HEADER);
    String id = wellFormed(given) ? given : UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }

  static boolean wellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }
}
