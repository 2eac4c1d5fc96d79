package hms.auth.entity;

/** A registered user: Cognito's subject id and whether the account needs confirming. */
public record SignUpResult(String userSub, boolean userConfirmed) {}
