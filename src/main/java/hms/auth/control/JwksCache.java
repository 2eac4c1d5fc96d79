package hms.auth.control;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user pool's signing keys, for {@link AccessTokenVerifier}. A token whose {@code kid} is not
 * among them must not become a request to Cognito, or a stream of forged tokens would become a
 * stream of requests: the keys are fetched at most once per {@link #MIN_REFETCH} (as AWS's
 * aws-jwt-verify does), and the last good keys are kept while Cognito is unreachable.
 *
 * <p>One Caffeine entry, refreshed after {@link #MIN_REFETCH} by the request that finds it older:
 * that request waits for the fetch (a token with a new {@code kid} is checked against the new
 * keys), requests meanwhile get the keys at hand. A failed fetch stores the previous keys again, so
 * it counts as a fetch: an outage must not turn into a retry storm. Each fetch is counted by
 * outcome ({@code success}: keys parsed; {@code failure}: none, the previous keys kept).
 */
@ApplicationScoped
public class JwksCache {
  static final Duration MIN_REFETCH = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Logger LOG = Logger.getLogger(JwksCache.class.getName());

  /** One fetch's outcome: the keys to serve, null while no fetch has ever succeeded. */
  private record Fetched(JWKSet keys) {}

  private final URI url;
  private final LoadingCache<URI, Fetched> cache;

  /** For the CDI proxy only. */
  protected JwksCache() {
    this.url = null;
    this.cache = null;
  }

  @Inject
  public JwksCache(CognitoSettings settings, Metrics metrics) {
    this(settings.jwksUrl(), new Download(), Ticker.systemTicker(), metrics);
  }

  /** {@code download} answers the JWKS document, or nothing when the pool did not give one. */
  JwksCache(URI url, Function<URI, Optional<String>> download, Ticker ticker) {
    this(url, download, ticker, Metrics.none());
  }

  JwksCache(URI url, Function<URI, Optional<String>> download, Ticker ticker, Metrics metrics) {
    this.url = url;
    Counter refreshes =
        metrics
            .counter(
                "hms.jwks.refreshes", "Fetches of the identity provider's signing keys", "outcome")
            .startingAtZero("success", "failure");
    Function<URI, Optional<JWKSet>> fetch =
        key -> {
          Optional<JWKSet> keys = download.apply(key).flatMap(JwksCache::parse);
          refreshes.increment(keys.isPresent() ? "success" : "failure");
          return keys;
        };
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(1)
            .refreshAfterWrite(MIN_REFETCH)
            // The refresh runs on the request that triggers it, not on a pool thread the
            // application server does not manage; so does Caffeine's upkeep.
            .executor(Runnable::run)
            .ticker(ticker)
            .recordStats()
            .build(
                new CacheLoader<URI, Fetched>() {
                  @Override
                  public Fetched load(URI key) {
                    return new Fetched(fetch.apply(key).orElse(null));
                  }

                  @Override
                  public Fetched reload(URI key, Fetched previous) {
                    // A failed fetch stores the previous keys anew: it counts as a fetch.
                    return new Fetched(fetch.apply(key).orElse(previous.keys()));
                  }
                });
  }

  /**
   * The pool's RSA key with this id; the keys are refetched first when the last fetch is older than
   * the minimum interval.
   */
  public Optional<RSAKey> key(String kid) {
    JWKSet keys = cache.get(url).keys();
    if (keys != null && keys.getKeyByKeyId(kid) instanceof RSAKey key) {
      return Optional.of(key);
    }
    return Optional.empty();
  }

  private static Optional<JWKSet> parse(String document) {
    try {
      return Optional.of(JWKSet.parse(document));
    } catch (ParseException e) {
      LOG.warning("The JWKS is not a JSON Web Key Set; keeping the cached keys");
      return Optional.empty();
    }
  }

  CacheStats stats() {
    return cache.stats();
  }

  /** One GET of the JWKS; the reason is logged when it brings no keys. */
  private static final class Download implements Function<URI, Optional<String>> {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Optional<String> apply(URI url) {
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"keys\"")) {
          return Optional.of(answer.body());
        }
        LOG.warning("The JWKS answered " + answer.statusCode() + "; keeping the cached keys");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "The JWKS is unreachable; keeping the cached keys", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }
  }
}
