package hms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * The stack's identity provider (cognito-local) seen from outside the application: what a person
 * changes in their account, and the messages the provider would have sent (it writes them to its
 * log).
 */
public final class IdentityProvider {
  private IdentityProvider() {}

  /** The person changes their e-mail and name at the identity provider. */
  public static void changeAccount(String email, String newEmail, String newName) {
    try (CognitoIdentityProviderClient cognito = client()) {
      cognito.adminUpdateUserAttributes(
          r ->
              r.userPoolId(Api.stack("cognito.pool-id"))
                  .username(email)
                  .userAttributes(
                      AttributeType.builder().name("email").value(newEmail).build(),
                      AttributeType.builder().name("name").value(newName).build()));
    }
  }

  /**
   * How many messages (invitations, codes) the identity provider has delivered to the e-mail, once
   * there are {@code expected} or ten seconds have passed: the stand-in's log reaches its file a
   * little after the call that wrote it. Reaching the number, it looks once more half a second
   * later, so that one message too many is seen too.
   */
  public static int messagesTo(String email, int expected) {
    Instant until = Instant.now().plusSeconds(10);
    int count = count(email);
    while (count < expected && Instant.now().isBefore(until)) {
      pause(100);
      count = count(email);
    }
    if (count == expected) {
      pause(500);
      count = count(email);
    }
    return count;
  }

  private static int count(String email) {
    try {
      String log = Files.readString(Path.of(Api.stack("cognito.log")), StandardCharsets.ISO_8859_1);
      return (int)
          Pattern.compile("Destination:\\s+" + Pattern.quote(email) + "\\s")
              .matcher(log)
              .results()
              .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CognitoIdentityProviderClient client() {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(URI.create(Api.stack("cognito.endpoint")))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
