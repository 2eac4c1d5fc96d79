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
 * same 401; forgot-password and resend-code answer 202 whether or not the account exists, and so
 * does sign-up: Cognito's SignUp tells a registered e-mail (UsernameExists, whatever the pool's
 * PreventUserExistenceErrors says), so {@code CognitoDirectory} swallows that and the account stays
 * as it was; the answer therefore carries no user id. Rejected: e-mailing the owner of the existing
 * account (Cognito sends only its own messages, and there is no mail service here). The password
 * policy (Cognito's default: 8+ characters with upper, lower, digit, symbol) is checked here as
 * well, so that answers name each broken rule and the stand-in, which enforces none, behaves like
 * the real pool. {@code CognitoDirectory} and {@code CognitoSessions} are the only classes that
 * call Cognito; AWS exceptions become this package's problems there, and AWS's messages never reach
 * a client. A client secret, when configured, is sent as SECRET_HASH.
 *
 * <p>Guessing. {@code AttemptThrottle} guards every step where a stranger can guess what only the
 * owner knows: sign-in (the password), confirm and reset-password (the e-mailed code) and the
 * challenge (its session). Each step counts its failures for an e-mail twice: from one client
 * address (5 within 15 minutes) and from all addresses together (50), all configurable; at either
 * limit the step answers 429 with Retry-After without asking Cognito, even to the right password. A
 * success clears the e-mail's failures from that address; a password reset with the e-mailed code
 * releases the e-mail's sign-in everywhere (the guesses were at the old password). The trade-off:
 * counted per e-mail alone (as before), five failures from anywhere locked the owner out, so any
 * stranger could keep anyone out; counted per address alone, a guesser with many addresses would be
 * unbounded. Counted both ways, a stranger locks out only their own address, and the ceiling still
 * holds a distributed guesser to 50 guesses per window. What remains: someone with ten or more
 * addresses can still lock the owner out everywhere until the window passes or the owner resets the
 * password; people behind one address (a hospital's NAT) share its five; and the owner's success
 * does not clear the e-mail's total, so that signing in does not hand the guesser a fresh 50. The
 * client address is {@code hms.web}'s {@code ClientAddress}: {@code X-Forwarded-For} counts only
 * from the configured proxies, so a guesser cannot pick a new address per request. The counts live
 * in each node's memory: N nodes allow at most N times the limits per window, beneath Cognito's own
 * protections. Rejected for now: a shared store (database or cache) for the counts, which would put
 * a write on every failure and a dependency on the sign-in path; revisit with more than a handful
 * of nodes. Also rejected: a size-bounded cache (Caffeine) for the counts: evicting by size would
 * let someone wipe a victim's failures by failing for many other e-mails; the throttle's table
 * drops only records whose failures have all left the window, and a record never holds more
 * failures than its limits.
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
