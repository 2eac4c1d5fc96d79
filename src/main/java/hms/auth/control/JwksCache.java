package hms.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user pool's signing keys, as the server's MicroProfile JWT fetches them. Liberty refetches
 * the JWKS for every token whose {@code kid} it does not know, so a stream of forged tokens would
 * become a stream of requests to Cognito. Liberty therefore fetches from this cache instead, which
 * asks Cognito at most once per {@link #MIN_REFETCH} (as AWS's aws-jwt-verify does) and keeps
 * serving the last good keys while Cognito is unreachable.
 */
@ApplicationScoped
public class JwksCache {
  static final Duration MIN_REFETCH = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Logger LOG = Logger.getLogger(JwksCache.class.getName());

  private final CognitoSettings settings;
  private final HttpClient http;
  private final Clock clock;
  private volatile String keys;
  private volatile Instant fetchedAt = Instant.MIN;

  /** For the CDI proxy only. */
  protected JwksCache() {
    this.settings = null;
    this.http = null;
    this.clock = null;
  }

  @Inject
  public JwksCache(CognitoSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    this.clock = Clock.systemUTC();
  }

  /** The JWKS document; refetched when the last fetch is older than the minimum interval. */
  public Optional<String> keys() {
    if (fetchedAt.plus(MIN_REFETCH).isBefore(clock.instant())) {
      refetch();
    }
    return Optional.ofNullable(keys);
  }

  private synchronized void refetch() {
    if (!fetchedAt.plus(MIN_REFETCH).isBefore(clock.instant())) {
      return;
    }
    // Counted as a fetch even when it fails: an outage must not turn into a retry storm.
    fetchedAt = clock.instant();
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(settings.jwksUrl()).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200 && answer.body().contains("\"keys\"")) {
        keys = answer.body();
      } else {
        LOG.warning("The JWKS answered " + answer.statusCode() + "; keeping the cached keys");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The JWKS is unreachable; keeping the cached keys", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
