package hms.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the pool's JWKS can be fetched, for readiness: a fetch of its own, past {@link
 * JwksCache}, whose kept keys would hide an outage.
 */
@ApplicationScoped
public class JwksProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final CognitoSettings settings;
  private final HttpClient http;

  /** For the CDI proxy only. */
  protected JwksProbe() {
    this.settings = null;
    this.http = null;
  }

  @Inject
  public JwksProbe(CognitoSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** Empty when the JWKS answers with keys; otherwise a short reason code. */
  public Optional<String> jwksProblem() {
    HttpRequest request = HttpRequest.newBuilder(settings.jwksUrl()).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return Optional.of("status-" + answer.statusCode());
      }
      return answer.body().contains("\"keys\"") ? Optional.empty() : Optional.of("no-keys");
    } catch (HttpTimeoutException e) {
      return Optional.of("timeout");
    } catch (IOException e) {
      return Optional.of("unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }
}
