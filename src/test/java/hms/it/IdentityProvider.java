package hms.it;

import java.net.URI;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * The stack's identity provider (cognito-local) seen from outside the application: what a person
 * changes in their account, and when their account last changed.
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
   * When the identity provider last changed the person's account. Sending an invitation again gives
   * the account a new temporary password, so this moves; nothing sent, it stays. (The stand-in
   * writes the messages themselves to its log, but only some time later: too late to count them.)
   */
  public static Instant lastChanged(String email) {
    try (CognitoIdentityProviderClient cognito = client()) {
      return cognito
          .adminGetUser(r -> r.userPoolId(Api.stack("cognito.pool-id")).username(email))
          .userLastModifiedDate();
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
