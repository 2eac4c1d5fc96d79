package hms.auth.entity;

/**
 * A CDI event: a person completed a sign-in (a password sign-in or the answer to an invitation's
 * new-password challenge), as the identity provider knows them then. Published for hms.tenancy,
 * which keeps each membership's e-mail and name current and marks invitations accepted: an event,
 * because tenancy depends on auth and a call would be a cycle.
 */
public record SignedIn(UserProfile person) {}
