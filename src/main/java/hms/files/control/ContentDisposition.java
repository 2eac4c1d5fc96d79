package hms.files.control;

import hms.files.entity.FileName;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the RFC 6266 / RFC 8187 {@code filename*} in UTF-8,
 * and a plain ASCII {@code filename} for old clients: the browser saves instead of showing, under
 * the name the user gave.
 */
final class ContentDisposition {
  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String attachment(String name) {
    return "attachment; filename=\""
        + FileName.forKey(name)
        + "\"; filename*=UTF-8''"
        + encode(FileName.forDisplay(name));
  }

  static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
