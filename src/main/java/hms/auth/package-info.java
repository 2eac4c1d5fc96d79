/**
 * Authentication with the AWS Cognito user pool: accounts (sign-up today; sign-in, refresh,
 * sign-out and password reset with the authentication issue) and the settings of token validation.
 *
 * <p>Decisions. Tokens are validated by the server's MicroProfile JWT against the pool's JWKS
 * (configured in {@code liberty/server.xml}): RS256, the pool's issuer, groups from {@code
 * cognito:groups}. Cognito access tokens carry no {@code aud}, so none is configured. Against AWS
 * only region, pool id and client id(s) are configured; issuer and JWKS URL are derived. {@code
 * CognitoDirectory} is the only class that calls Cognito; AWS exceptions become this package's
 * problems there, and AWS's messages never reach a client. The password policy (Cognito's default)
 * is checked here as well, so that the answer names the broken rule and so that the stand-in, which
 * enforces none, behaves like the real pool.
 *
 * <p>Rejected: validating tokens in application code (the server's JWT support already caches keys
 * and is hardened); ID tokens as API credentials (access tokens are what Cognito scopes).
 */
package hms.auth;
