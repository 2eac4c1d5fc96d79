package hms.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JwksCacheTest {
  private static final URI URL = URI.create("http://pool.test/.well-known/jwks.json");

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
  void fetchesAtMostOncePerMinimumInterval() {
    answers.add(Optional.of("{\"keys\":[1]}"));
    answers.add(Optional.of("{\"keys\":[2]}"));
    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.of("{\"keys\":[1]}"), cache.keys());
    }
    assertEquals(1, fetches);
    assertEquals(9, cache.stats().hitCount());
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    assertEquals(Optional.of("{\"keys\":[2]}"), cache.keys(), "the refetching request waits");
    assertEquals(2, fetches);
  }

  @Test
  void keepsTheLastGoodKeysThroughAnOutageAndCountsFailuresAsFetches() {
    answers.add(Optional.of("{\"keys\":[1]}"));
    cache.keys();
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    assertEquals(Optional.of("{\"keys\":[1]}"), cache.keys(), "the pool is down");
    assertEquals(2, fetches);
    advance(Duration.ofSeconds(5));
    cache.keys();
    assertEquals(2, fetches, "no retry within the interval after a failed fetch");
  }

  @Test
  void withoutEverAFetchThereAreNoKeysAndStillNoRetryStorm() {
    assertEquals(Optional.empty(), cache.keys());
    assertEquals(Optional.empty(), cache.keys());
    assertEquals(1, fetches);
    advance(JwksCache.MIN_REFETCH.plusMillis(1));
    answers.add(Optional.of("{\"keys\":[1]}"));
    assertEquals(Optional.of("{\"keys\":[1]}"), cache.keys());
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
