package hms.auth;

import hms.it.Api;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * Invites a user the way an administrator's console would (AdminCreateUser with a temporary
 * password), until the platform's own invitation endpoint exists.
 */
final class Invitations {
  static final String TEMPORARY = "Temp-Passw0rd!";

  private Invitations() {}

  static void invite(String email) {
    try (CognitoIdentityProviderClient cognito =
        CognitoIdentityProviderClient.builder()
            .endpointOverride(URI.create(Api.stack("cognito.endpoint")))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      cognito.adminCreateUser(
          r ->
              r.userPoolId(Api.stack("cognito.pool-id"))
                  .username(email)
                  .temporaryPassword(TEMPORARY)
                  .messageAction(MessageActionType.SUPPRESS)
                  .userAttributes(
                      AttributeType.builder().name("email").value(email).build(),
                      AttributeType.builder().name("name").value("Invited").build()));
    }
  }
}
