/**
 * Authentication with the AWS Cognito user pool: accounts (sign-up, confirmation, password reset),
 * sign-in sessions (USER_PASSWORD_AUTH, the NEW_PASSWORD_REQUIRED challenge of invited users,
 * refresh, revocation) and the validation of the access tokens every other endpoint needs.
 *
 * <p>Token validation. {@code AccessTokenFilter} is the first to read a bearer token: an {@code
 * Authorization} header over 8 KB is refused with 431 on every endpoint, and every endpoint not
 * marked {@code @PermitAll} needs a token that {@code AccessTokenVerifier} accepts: a compact JWS
 * in canonical base64url (a decoder that accepts padding would let {@code <token>==} through as the
 * same bytes), RS256 only, with a key of the pool's JWKS by {@code kid} (never a key the token
 * names by {@code jku}, {@code x5u} or {@code jwk}), no critical header, the pool as issuer, expiry
 * and not-before with at most 60 s of clock skew, {@code token_use=access} and one of our app
 * clients as {@code client_id} (Cognito signs ID tokens with the same keys, and access tokens have
 * no {@code aud}). The principal is {@code sub}; platform roles come from {@code cognito:groups}. A
 * refused token is logged with its reason only, at FINE. The keys come from {@code JwksCache},
 * which asks Cognito at most once per 10 s and keeps the last good keys through an outage, so a
 * stream of forged {@code kid}s never becomes a stream of requests to Cognito. It is one Caffeine
 * entry refreshed after 10 s (statistics recorded) rather than hand-written timestamps and locks:
 * the library gives the single fetch at a time and the refresh-while-serving; a failed fetch stores
 * the old keys anew, so it counts as a fetch.
 *
 * <p>Changed decision (issue 19): tokens used to be validated by the server's MicroProfile JWT
 * (Liberty's {@code mpJwt}, WildFly's SmallRye JWT). Liberty writes every token it refuses,
 * signature included, into messages.log, console.log and an FFDC incident; a valid token sent in a
 * non-canonical form comes back out of those logs as a usable credential, and FFDC incidents cannot
 * be switched off. A trust association interceptor in front of it would be Liberty's own SPI, a
 * second artifact outside the WAR, and nothing on WildFly. So the application validates tokens
 * itself, the same way on every server, with Nimbus JOSE+JWT (maintained, no dependencies) for the
 * JWS parsing and the RS256 signature; the checks above are explicit here rather than left to a
 * server's configuration. The server no longer has the mpJwt feature; nothing of MicroProfile JWT
 * is used.
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
 * <p>Boundary for others: {@code Caller} (who calls: the verified token the filter left on the
 * request), {@code AccountService.invite} (find or invite a user by e-mail, for tenancy) and the
 * readiness check of the identity provider ({@code IdentityProviderCheck}). This package knows
 * nothing of hospitals.
 *
 * <p>Settings. Every {@code auth.*} key (the pool and the throttle) is read in one typed class,
 * {@code CognitoSettings} (the name its many users know), and checked when the application starts.
 *
 * <p>Rejected: ID tokens as API credentials; cookies for tokens (the front end keeps them itself).
 */
package hms.auth;
