package hms.auth.entity;

/** The signed-in user as the user pool knows them. */
public record UserProfile(String sub, String email, String name) {}
