package hms.files.entity;

import java.text.Normalizer;

/**
 * A client's file name, made safe twice: for display (the name as the user knows it, minus what can
 * deceive or break a screen) and for the object key (a short ASCII name that keeps the extension).
 * Neither ever carries a path.
 */
public final class FileName {
  /** Longest name kept for display. */
  public static final int MAX_DISPLAY = 255;

  static final int MAX_KEY_NAME = 100;
  private static final int MAX_EXTENSION = 10;

  private FileName() {}

  /**
   * NFC, no path parts, no control, format or bidi characters (e.g. U+202E), at most {@link
   * #MAX_DISPLAY} characters. Empty when nothing is left.
   */
  public static String forDisplay(String original) {
    String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    return shorten(kept.toString().strip(), MAX_DISPLAY);
  }

  /**
   * The name inside the object key: the display name reduced to letters, digits, '.', '-' and '_',
   * no leading dots, at most {@link #MAX_KEY_NAME} characters with the extension kept; {@code file}
   * when nothing usable is left.
   */
  public static String forKey(String original) {
    String ascii =
        Normalizer.normalize(forDisplay(original), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]", "_")
            .replaceAll("_+", "_")
            .replaceAll("\\.{2,}", ".")
            .replaceAll("^[._-]+", "");
    if (ascii.isEmpty() || ascii.matches("[._-]*")) {
      return "file";
    }
    return shorten(ascii, MAX_KEY_NAME);
  }

  /** At most max code points; a short extension survives the cut. */
  private static String shorten(String name, int max) {
    if (name.codePointCount(0, name.length()) <= max) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
    int keep = max - extension.codePointCount(0, extension.length());
    return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
  }
}
