package hms.auth.entity;

import java.util.Locale;

/** E-mail addresses as usernames: compared without case and surrounding blanks. */
public final class EmailAddress {
  private EmailAddress() {}

  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
