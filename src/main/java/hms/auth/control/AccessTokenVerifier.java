package hms.auth.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import hms.auth.entity.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Checks a bearer token the way Cognito's own verifier does: a compact JWS in canonical base64url,
 * RS256 with one of the pool's keys ({@link JwksCache}; never a key named by the token's {@code
 * jku}, {@code x5u} or {@code jwk}), no critical header, the pool as issuer, a lifetime that has
 * begun and not ended (with {@link #CLOCK_SKEW}) and is no longer than Cognito gives ({@link
 * #MAX_LIFETIME}), {@code token_use=access} (Cognito signs ID tokens with the same keys) and one of
 * our app clients as {@code client_id} (access tokens have no audience). A refusal is logged with
 * its reason only: the token is a credential, and a refused one may be a valid token in disguise.
 *
 * <p>A client sends the same token with every request for up to an hour, so an accepted token is
 * kept, by its exact text, until it expires (at most {@link #KEPT} tokens, the least recently used
 * dropped first): its signature is checked and its claims parsed once, not on every request.
 * Nothing that decided the verdict can change before the expiry: the claims are signed, the issuer
 * and the app clients are settings, and a key the pool drops does not invalidate the tokens it
 * signed (Cognito's own verifier keeps no revocation list either). Refused tokens are not kept.
 */
@ApplicationScoped
public class AccessTokenVerifier {
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** The longest an access token of a Cognito app client can live (its setting's maximum). */
  static final Duration MAX_LIFETIME = Duration.ofDays(1);

  /** Tokens kept: one a signed-in user; more users than this are checked in full again. */
  static final int KEPT = 4_096;

  private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class.getName());

  /**
   * Three segments of unpadded base64url, as RFC 7515 writes them. A decoder that accepts padding
   * lets {@code <token>==} pass the signature check as the same bytes, a different string that the
   * identity provider then refuses.
   */
  private static final Pattern CANONICAL =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private final CognitoSettings settings;
  private final JwksCache keys;
  private final Clock clock;
  private final Cache<String, AccessToken> accepted;

  /** For the CDI proxy only. */
  protected AccessTokenVerifier() {
    this(null, null, null);
  }

  @Inject
  public AccessTokenVerifier(CognitoSettings settings, JwksCache keys, Clock clock) {
    this.settings = settings;
    this.keys = keys;
    this.clock = clock;
    this.accepted =
        Caffeine.newBuilder()
            .maximumSize(KEPT)
            .expireAfter(Expiry.creating((String raw, AccessToken token) -> lifeLeft(token)))
            .executor(Runnable::run)
            .build();
  }

  /** The checked token, or nothing when any check fails. */
  public Optional<AccessToken> verify(String raw) {
    AccessToken known = accepted.getIfPresent(raw);
    if (known != null && lifeLeft(known).compareTo(Duration.ZERO) > 0) {
      return Optional.of(known);
    }
    try {
      AccessToken token = check(raw);
      accepted.put(raw, token);
      return Optional.of(token);
    } catch (Refused refused) {
      LOG.fine(() -> "Refused a bearer token: " + refused.getMessage());
      return Optional.empty();
    }
  }

  /** How long the token stays acceptable, with the skew its expiry is allowed. */
  private Duration lifeLeft(AccessToken token) {
    return Duration.between(clock.instant(), token.expiresAt().plus(CLOCK_SKEW));
  }

  private AccessToken check(String raw) throws Refused {
    if (!CANONICAL.matcher(raw).matches()) {
      throw new Refused("not a compact JWS in canonical base64url");
    }
    SignedJWT jwt = parse(raw);
    JWSHeader header = jwt.getHeader();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new Refused("algorithm is not RS256");
    }
    if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
      throw new Refused("critical header parameters");
    }
    RSAKey key =
        Optional.ofNullable(header.getKeyID())
            .flatMap(keys::key)
            .orElseThrow(() -> new Refused("unknown key id"));
    if (!signedWith(jwt, key)) {
      throw new Refused("bad signature");
    }
    return accessToken(raw, claims(jwt));
  }

  private AccessToken accessToken(String raw, JWTClaimsSet claims) throws Refused {
    Instant now = clock.instant();
    if (!settings.issuer().equals(claims.getIssuer())) {
      throw new Refused("another issuer");
    }
    Instant expiry = instant(claims.getExpirationTime());
    if (expiry == null || !now.isBefore(expiry.plus(CLOCK_SKEW))) {
      throw new Refused("expired or without expiry");
    }
    if (expiry.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
      throw new Refused("lives longer than any Cognito access token");
    }
    if (isAfter(claims.getNotBeforeTime(), now) || isAfter(claims.getIssueTime(), now)) {
      throw new Refused("not valid yet");
    }
    if (!"access".equals(claim(claims, "token_use"))) {
      throw new Refused("not an access token");
    }
    if (!settings.clientIds().contains(claim(claims, "client_id"))) {
      throw new Refused("another app client");
    }
    String sub = claims.getSubject();
    if (sub == null || sub.isBlank()) {
      throw new Refused("no subject");
    }
    return new AccessToken(raw, sub, groups(claims), expiry);
  }

  private static SignedJWT parse(String raw) throws Refused {
    try {
      return SignedJWT.parse(raw);
    } catch (ParseException e) {
      throw new Refused("unreadable");
    }
  }

  private static boolean signedWith(SignedJWT jwt, RSAKey key) throws Refused {
    try {
      return jwt.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      throw new Refused("unusable key");
    }
  }

  private static JWTClaimsSet claims(SignedJWT jwt) throws Refused {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Refused("unreadable claims");
    }
  }

  private static String claim(JWTClaimsSet claims, String name) throws Refused {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      throw new Refused(name + " is not a string");
    }
  }

  private static Set<String> groups(JWTClaimsSet claims) throws Refused {
    try {
      List<String> groups = claims.getStringListClaim("cognito:groups");
      return groups == null ? Set.of() : Set.copyOf(groups);
    } catch (ParseException e) {
      throw new Refused("cognito:groups is not a list of names");
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Whether the time lies beyond now and the allowed skew. */
  private static boolean isAfter(Date time, Instant now) {
    return time != null && time.toInstant().isAfter(now.plus(CLOCK_SKEW));
  }

  /** Why a token was refused; its message is a fixed reason, never a part of the token. */
  private static final class Refused extends Exception {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }
}
