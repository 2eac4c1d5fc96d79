package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JwksCacheTest {
  private static final URI URL = URI.create("http://pool.test/.well-known/jwks.json");
  private static final String FIRST = jwks("first");
  private static final String SECOND = jwks("second");

  private final AtomicLong nanos = new AtomicLong(1);
  private final Deque<Optional<String>> answers = new ArrayDeque<>();
  private int fetches;
  private final JwksCache cache =
      new JwksCache(
          URL,
          url -> {
            fetches++;
            return answers.isEmpty() ? Optional.empty() : answers.removeFirst();
          },
          nanos::get);

  @Test
  void fetchesAtMostOncePerMinimumIntervalWhateverKidIsAskedFor() {
    answers.add(Optional.of(FIRST));
    answers.add(Optional.of(SECOND));
    for (int i = 0; i < 10; i++) {
      assertTrue(cache.key("first").isPresent());
      assertTrue(cache.key("unknown-" + i).isEmpty());
    }
    assertEquals(1, fetches);
    assertEquals(19, cache.stats().hitCount());
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    assertTrue(cache.key("second").isPresent(), "the refetching request waits");
    assertTrue(cache.key("first").isEmpty(), "a key the pool dropped");
    assertEquals(2, fetches);
  }

  @Test
  void keepsTheLastGoodKeysThroughAnOutageAndCountsFailuresAsFetches() {
    answers.add(Optional.of(FIRST));
    cache.key("first");
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    assertTrue(cache.key("first").isPresent(), "the pool is down");
    assertEquals(2, fetches);
    advance(Duration.ofSeconds(5));
    cache.key("first");
    assertEquals(2, fetches, "no retry within the interval after a failed fetch");
  }

  @Test
  void keepsTheLastGoodKeysWhenThePoolAnswersSomethingElse() {
    answers.add(Optional.of(FIRST));
    answers.add(Optional.of("{\"keys\":[1]}"));
    cache.key("first");
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    assertTrue(cache.key("first").isPresent());
  }

  @Test
  void withoutEverAFetchThereAreNoKeysAndStillNoRetryStorm() {
    assertEquals(Optional.empty(), cache.key("first"));
    assertEquals(Optional.empty(), cache.key("first"));
    assertEquals(1, fetches);
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    answers.add(Optional.of(FIRST));
    assertTrue(cache.key("first").isPresent());
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  private static String jwks(String kid) {
    try {
      return new JWKSet(new RSAKeyGenerator(2048).keyID(kid).generate().toPublicJWK()).toString();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
