package hms.tenancy.entity;

/**
 * Whether a member has come in: INVITED from the moment they are added (or added again) until they
 * next complete a sign-in, ACCEPTED from then on. Members from before issue 23 are ACCEPTED.
 */
public enum Invitation {
  INVITED,
  ACCEPTED
}
