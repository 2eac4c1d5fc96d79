package hms.stack;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/**
 * Makes the Cognito stand-in look like the production user pool: one pool, one app client for
 * USER_PASSWORD_AUTH and refresh with Cognito's default token lifetimes, the platform-admin group
 * and a bootstrap administrator. Finds what an earlier run made, so a second run changes nothing.
 */
final class CognitoBootstrap {
  static final String PLATFORM_ADMIN_GROUP = "platform-admin";

  record Pool(String poolId, String clientId, String issuer) {}

  private CognitoBootstrap() {}

  static Pool ensure(StackSettings settings) {
    try (CognitoIdentityProviderClient cognito = client(settings)) {
      String poolName = "hms-" + settings.name();
      String poolId =
          cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
              .filter(p -> poolName.equals(p.name()))
              .map(p -> p.id())
              .findFirst()
              .orElseGet(
                  () ->
                      cognito
                          .createUserPool(
                              r ->
                                  r.poolName(poolName)
                                      .usernameAttributes(UsernameAttributeType.EMAIL)
                                      .autoVerifiedAttributes(
                                          software.amazon.awssdk.services.cognitoidentityprovider
                                              .model.VerifiedAttributeType.EMAIL))
                          .userPool()
                          .id());
      String clientName = "hms-web";
      String clientId =
          cognito
              .listUserPoolClients(r -> r.userPoolId(poolId).maxResults(60))
              .userPoolClients()
              .stream()
              .filter(c -> clientName.equals(c.clientName()))
              .map(c -> c.clientId())
              .findFirst()
              .orElseGet(
                  () ->
                      cognito
                          .createUserPoolClient(
                              r ->
                                  r.userPoolId(poolId)
                                      .clientName(clientName)
                                      .explicitAuthFlows(
                                          ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                                          ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                                      .accessTokenValidity(1)
                                      .idTokenValidity(1)
                                      .refreshTokenValidity(30)
                                      .tokenValidityUnits(
                                          u ->
                                              u.accessToken(TimeUnitsType.HOURS)
                                                  .idToken(TimeUnitsType.HOURS)
                                                  .refreshToken(TimeUnitsType.DAYS)))
                          .userPoolClient()
                          .clientId());
      try {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName(PLATFORM_ADMIN_GROUP));
      } catch (GroupExistsException alreadyThere) {
        // An earlier run made it.
      }
      ensureAdmin(cognito, poolId, settings);
      return new Pool(poolId, clientId, settings.cognitoEndpoint() + "/" + poolId);
    }
  }

  private static void ensureAdmin(
      CognitoIdentityProviderClient cognito, String poolId, StackSettings settings) {
    String email = settings.adminEmail();
    try {
      cognito.adminGetUser(r -> r.userPoolId(poolId).username(email));
    } catch (UserNotFoundException missing) {
      cognito.adminCreateUser(
          r ->
              r.userPoolId(poolId)
                  .username(email)
                  .messageAction(MessageActionType.SUPPRESS)
                  .userAttributes(
                      AttributeType.builder().name("email").value(email).build(),
                      AttributeType.builder().name("email_verified").value("true").build(),
                      AttributeType.builder()
                          .name("name")
                          .value("Platform Administrator")
                          .build()));
      cognito.adminSetUserPassword(
          r ->
              r.userPoolId(poolId)
                  .username(email)
                  .password(settings.adminPassword())
                  .permanent(true));
    }
    cognito.adminAddUserToGroup(
        r -> r.userPoolId(poolId).username(email).groupName(PLATFORM_ADMIN_GROUP));
  }

  private static CognitoIdentityProviderClient client(StackSettings settings) {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(URI.create(settings.cognitoEndpoint()))
        .region(Region.of(settings.region()))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
