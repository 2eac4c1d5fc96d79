/**
 * Authentication with the AWS Cognito user pool: accounts (sign-up, confirmation, password reset),
 * sign-in sessions (USER_PASSWORD_AUTH, the NEW_PASSWORD_REQUIRED challenge of invited users,
 * refresh, revocation) and the validation of the access tokens every other endpoint needs.
 *
 * <p>Token validation. The server's MicroProfile JWT checks signature (RS256 only), issuer, expiry
 * and not-before with at most 60 s of clock skew ({@code liberty/server.xml}); it reads keys only
 * from its configured JWKS URL and never from a token's {@code jku} or {@code x5u}. {@code
 * AccessTokenFilter} then makes every endpoint not marked {@code @PermitAll} require a token, and
 * accepts only Cognito access tokens ({@code token_use=access}) of our app clients ({@code
 * client_id}), at most 16 KB: Cognito signs ID tokens with the same keys. Cognito access tokens
 * have no {@code aud}, so none is configured. The principal is {@code sub}; roles come from {@code
 * cognito:groups}. Liberty refetches the JWKS for every unknown {@code kid}, so it fetches from
 * {@code JwksCache} (served at {@code /auth/jwks.json}), which asks Cognito at most once per 10 s
 * and keeps the last good keys through an outage. It is one Caffeine entry refreshed after 10 s
 * (statistics recorded) rather than hand-written timestamps and locks: the library gives the single
 * fetch at a time and the refresh-while-serving; a failed fetch stores the old keys anew, so it
 * counts as a fetch.
 *
 * <p>Accounts. The e-mail, lower-cased, is the username. Unknown e-mail and wrong password get the
 * same 401; forgot-password and resend-code answer 202 whether or not the account exists. The
 * password policy (Cognito's default: 8+ characters with upper, lower, digit, symbol) is checked
 * here as well, so that answers name each broken rule and the stand-in, which enforces none,
 * behaves like the real pool. {@code CognitoDirectory} and {@code CognitoSessions} are the only
 * classes that call Cognito; AWS exceptions become this package's problems there, and AWS's
 * messages never reach a client. A client secret, when configured, is sent as SECRET_HASH.
 *
 * <p>Brute force. {@code SignInThrottle} refuses sign-ins for an e-mail with 429 and Retry-After
 * after 5 failures within 15 minutes (both configurable), without asking Cognito; a success clears
 * the count. The count lives in each node's memory: N nodes allow at most N x 5 guesses per window,
 * beneath Cognito's own protections. Rejected for now: a shared store (database or cache) for the
 * count, which would put a write on every failed sign-in and a dependency on the sign-in path;
 * revisit with more than a handful of nodes. Also rejected: a size-bounded cache (Caffeine) for the
 * count: evicting by size would let someone wipe a victim's failures by failing sign-ins for many
 * other e-mails; the throttle's table drops only records whose failures have all left the window.
 *
 * <p>Boundary for others: {@code Caller} (who calls), {@code AccountService.invite} (find or invite
 * a user by e-mail, for tenancy) and the readiness check of the identity provider ({@code
 * IdentityProviderCheck}). This package knows nothing of hospitals.
 *
 * <p>Settings. Every {@code auth.*} key (the pool and the throttle) is read in one typed class,
 * {@code CognitoSettings} (the name its many users know), and checked when the application starts.
 *
 * <p>Rejected: validating tokens in application code (the server's JWT support is hardened and
 * portable); ID tokens as API credentials; cookies for tokens (the front end keeps them itself).
 */
package hms.auth;
