package hms.patients.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Text as search compares it: lower case, without accents ("Müller" and "muller" meet). */
public final class SearchText {
  private SearchText() {}

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** A phone number as digits only, so "+49 (30) 123" and "4930123" meet. */
  public static String digits(String phone) {
    return phone == null ? null : phone.replaceAll("\\D", "");
  }
}
