package hms.auth.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auth feature's settings ({@code auth.*}): the user pool and the attempt throttle. Against AWS
 * only the region, the pool id and the client id(s) are needed: the issuer and the JWKS URL follow
 * from them. A stand-in sets its endpoint and issuer explicitly. MicroProfile Config converts the
 * values (a list, a duration, URIs); the constructor checks them, so a bad one stops the start-up
 * with a message naming its key (read as the application starts).
 */
@Dependent
public class CognitoSettings {
  private final String region;
  private final String userPoolId;
  private final List<String> clientIds;
  private final Optional<String> clientSecret;
  private final Optional<URI> endpoint;
  private final String issuer;
  private final URI jwksUrl;
  private final int signInMaxFailures;
  private final int signInMaxFailuresPerEmail;
  private final Duration signInLockoutWindow;

  @Inject
  public CognitoSettings(
      // AWS region of the user pool.
      @ConfigProperty(name = "auth.cognito.region", defaultValue = "us-east-1") String region,
      // The user pool's id, e.g. eu-central-1_AbCdEfGhI.
      @ConfigProperty(name = "auth.cognito.user-pool-id") String userPoolId,
      // App client ids whose tokens are accepted, comma-separated; the first signs users in.
      @ConfigProperty(name = "auth.cognito.client-ids") List<String> clientIds,
      // The first app client's secret, when it has one (then SECRET_HASH is sent).
      @ConfigProperty(name = "auth.cognito.client-secret") Optional<String> clientSecret,
      // Only for a stand-in (cognito-local): its URL; unset means AWS's own endpoint.
      @ConfigProperty(name = "auth.cognito.endpoint") Optional<URI> endpoint,
      // Token issuer; derived from region and pool id unless set.
      @ConfigProperty(name = "auth.cognito.issuer") Optional<String> issuer,
      // The pool's JWKS; derived from the issuer unless set.
      @ConfigProperty(name = "auth.cognito.jwks-url") Optional<URI> jwksUrl,
      // Failed attempts for one e-mail from one client address that lock that pair for the rest
      // of the window (sign-in, confirmation and reset codes, challenges: each step its own count).
      @ConfigProperty(name = "auth.signin.max-failures", defaultValue = "5") int signInMaxFailures,
      // Failed attempts for one e-mail from all addresses together that lock it everywhere.
      @ConfigProperty(name = "auth.signin.max-failures-per-email", defaultValue = "50")
          int signInMaxFailuresPerEmail,
      // How long failed sign-ins count (ISO-8601 duration).
      @ConfigProperty(name = "auth.signin.lockout-window", defaultValue = "PT15M")
          Duration signInLockoutWindow) {
    if (userPoolId.isBlank() || userPoolId.contains("CHANGEME")) {
      throw new IllegalArgumentException("auth.cognito.user-pool-id is not set");
    }
    this.region = region;
    this.userPoolId = userPoolId;
    this.clientIds = clientIds.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (this.clientIds.isEmpty()) {
      throw new IllegalArgumentException("auth.cognito.client-ids names no client");
    }
    this.clientSecret = clientSecret.filter(s -> !s.isBlank());
    this.endpoint = endpoint;
    this.issuer =
        issuer
            .filter(s -> !s.isBlank())
            .orElse("https://cognito-idp." + region + ".amazonaws.com/" + userPoolId);
    this.jwksUrl = jwksUrl.orElse(URI.create(this.issuer + "/.well-known/jwks.json"));
    if (signInMaxFailures < 1) {
      throw new IllegalArgumentException(
          "auth.signin.max-failures must be at least 1, was " + signInMaxFailures);
    }
    this.signInMaxFailures = signInMaxFailures;
    if (signInMaxFailuresPerEmail < signInMaxFailures) {
      throw new IllegalArgumentException(
          "auth.signin.max-failures-per-email must be at least auth.signin.max-failures ("
              + signInMaxFailures
              + "), was "
              + signInMaxFailuresPerEmail);
    }
    this.signInMaxFailuresPerEmail = signInMaxFailuresPerEmail;
    if (signInLockoutWindow.isNegative()) {
      throw new IllegalArgumentException(
          "auth.signin.lockout-window must not be negative, was " + signInLockoutWindow);
    }
    this.signInLockoutWindow = signInLockoutWindow;
  }

  public String region() {
    return region;
  }

  public String userPoolId() {
    return userPoolId;
  }

  /** The app client the server signs users in with. */
  public String clientId() {
    return clientIds.get(0);
  }

  public List<String> clientIds() {
    return clientIds;
  }

  public Optional<String> clientSecret() {
    return clientSecret;
  }

  public Optional<URI> endpoint() {
    return endpoint;
  }

  public String issuer() {
    return issuer;
  }

  public URI jwksUrl() {
    return jwksUrl;
  }

  /** Failed attempts for one e-mail from one address within the window that lock the pair. */
  public int signInMaxFailures() {
    return signInMaxFailures;
  }

  /** Failed attempts for one e-mail from anywhere within the window that lock the e-mail. */
  public int signInMaxFailuresPerEmail() {
    return signInMaxFailuresPerEmail;
  }

  public Duration signInLockoutWindow() {
    return signInLockoutWindow;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      CognitoSettings settings) {}
}
