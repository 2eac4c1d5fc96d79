package hms.auth.entity;

/** What a successful sign-in or refresh yields; a refresh yields no new refresh token. */
public record Tokens(String accessToken, String idToken, String refreshToken, int expiresIn) {}
