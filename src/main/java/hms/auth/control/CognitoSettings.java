package hms.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The user pool. Against AWS only the region, the pool id and the client id(s) are needed: the
 * issuer and the JWKS URL follow from them. A stand-in sets its endpoint and issuer explicitly.
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

  @Inject
  public CognitoSettings(
      // AWS region of the user pool.
      @ConfigProperty(name = "auth.cognito.region", defaultValue = "us-east-1") String region,
      // The user pool's id, e.g. eu-central-1_AbCdEfGhI.
      @ConfigProperty(name = "auth.cognito.user-pool-id") String userPoolId,
      // App client ids whose tokens are accepted, comma-separated; the first signs users in.
      @ConfigProperty(name = "auth.cognito.client-ids") String clientIds,
      // The first app client's secret, when it has one (then SECRET_HASH is sent).
      @ConfigProperty(name = "auth.cognito.client-secret") Optional<String> clientSecret,
      // Only for a stand-in (cognito-local): its URL; unset means AWS's own endpoint.
      @ConfigProperty(name = "auth.cognito.endpoint") Optional<String> endpoint,
      // Token issuer; derived from region and pool id unless set.
      @ConfigProperty(name = "auth.cognito.issuer") Optional<String> issuer,
      // The pool's JWKS; derived from the issuer unless set.
      @ConfigProperty(name = "auth.cognito.jwks-url") Optional<String> jwksUrl) {
    if (userPoolId.isBlank() || userPoolId.contains("CHANGEME")) {
      throw new IllegalArgumentException("auth.cognito.user-pool-id is not set");
    }
    this.region = region;
    this.userPoolId = userPoolId;
    this.clientIds =
        Arrays.stream(clientIds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (this.clientIds.isEmpty()) {
      throw new IllegalArgumentException("auth.cognito.client-ids names no client");
    }
    this.clientSecret = clientSecret.filter(s -> !s.isBlank());
    this.endpoint = endpoint.filter(s -> !s.isBlank()).map(URI::create);
    this.issuer =
        issuer
            .filter(s -> !s.isBlank())
            .orElse("https://cognito-idp." + region + ".amazonaws.com/" + userPoolId);
    this.jwksUrl =
        URI.create(
            jwksUrl.filter(s -> !s.isBlank()).orElse(this.issuer + "/.well-known/jwks.json"));
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
}
