package hms.auth.entity;

/**
 * What came of sending an invitation again: sent; not sent because the user has chosen a password
 * already (nothing to resend); not sent because the identity provider has no such user.
 */
public enum InvitationResend {
  SENT,
  HAS_PASSWORD,
  NO_ACCOUNT
}
