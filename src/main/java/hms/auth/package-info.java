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
 * same 401; forgot-password and resend-code answer 202 whether or not the account exists, and so
 * does sign-up: Cognito's SignUp tells a registered e-mail (UsernameExists, whatever the pool's
 * PreventUserExistenceErrors says), so {@code CognitoDirectory} swallows that and the account stays
 * as it was; the answer therefore carries no user id. Rejected: e-mailing the owner of the existing
 * account (Cognito sends only its own messages, and there is no mail service here). The password
 * policy (Cognito's default: 8+ characters with upper, lower, digit, symbol) is checked here as
 * well, so that answers name each broken rule and the stand-in, which enforces none, behaves like
 * the real pool. The rule is written once ({@code PasswordPolicy}) and published at {@code GET
 * /auth/password-policy} in the words of the refusals, for clients to show next to the field
 * (rejected: restating it in the front end, where it had drifted to another rule). {@code
 * CognitoDirectory} and {@code CognitoSessions} are the only classes that call Cognito; AWS
 * exceptions become this package's problems there, and AWS's messages never reach a client. A
 * client secret, when configured, is sent as SECRET_HASH.
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
