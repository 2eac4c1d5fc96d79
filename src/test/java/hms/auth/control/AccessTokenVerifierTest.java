package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {
  private static final String ISSUER = "http://127.0.0.1:9229/local_pool";
  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private static final RSAKey KEY = key();

  private final AtomicLong nanos = new AtomicLong(1);
  private Optional<String> published = Optional.of(new JWKSet(KEY.toPublicJWK()).toString());
  private final JwksCache keys =
      new JwksCache(URI.create(ISSUER + "/.well-known/jwks.json"), url -> published, nanos::get);
  private final AccessTokenVerifier verifier =
      new AccessTokenVerifier(settings(), keys, new Ticking());

  @Test
  void acceptsAPoolTokenAndRefusesItAltered() {
    String token = token(START.plus(Duration.ofHours(1)));
    assertEquals("user-1", verifier.verify(token).orElseThrow().sub());
    assertTrue(verifier.verify(token.substring(0, token.length() - 4) + "AAAA").isEmpty());
  }

  @Test
  void keepsAnAcceptedTokenWithoutCheckingItsSignatureAgain() {
    String token = token(START.plus(Duration.ofHours(1)));
    verifier.verify(token).orElseThrow();
    published = Optional.of(new JWKSet(key().toPublicJWK()).toString());
    advance(JwksCache.MIN_REFETCH.plusSeconds(1));
    assertTrue(verifier.verify(token).isPresent(), "kept, though its key left the pool's set");
    String another = token(START.plus(Duration.ofMinutes(59)));
    assertTrue(verifier.verify(another).isEmpty(), "a new token of that key is checked, and fails");
  }

  @Test
  void aKeptTokenIsRefusedOnceItExpires() {
    String token = token(START.plus(Duration.ofMinutes(10)));
    verifier.verify(token).orElseThrow();
    advance(Duration.ofMinutes(10).plus(AccessTokenVerifier.CLOCK_SKEW).minusSeconds(1));
    assertTrue(verifier.verify(token).isPresent(), "within the skew");
    advance(Duration.ofSeconds(2));
    assertTrue(verifier.verify(token).isEmpty(), "expired beyond the skew");
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  /** The test's time: the JWKS cache's ticker and the verifier's clock move together. */
  private final class Ticking extends Clock {
    @Override
    public Instant instant() {
      return START.plusNanos(nanos.get());
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static String token(Instant expiry) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("user-1")
            .claim("token_use", "access")
            .claim("client_id", "client-1")
            .issueTime(Date.from(START))
            .expirationTime(Date.from(expiry))
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("pool").build(), claims);
      jwt.sign(new RSASSASigner(KEY));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("pool").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CognitoSettings settings() {
    return new CognitoSettings(
        "us-east-1",
        "local_pool",
        List.of("client-1"),
        Optional.empty(),
        Optional.empty(),
        Optional.of(ISSUER),
        Optional.empty(),
        5,
        50,
        Duration.ofMinutes(15));
  }
}
