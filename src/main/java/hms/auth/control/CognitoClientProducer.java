package hms.auth.control;

import hms.aws.control.AwsClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** One Cognito client for the application. */
@ApplicationScoped
public class CognitoClientProducer {

  @Produces
  @ApplicationScoped
  CognitoIdentityProviderClient cognito(CognitoSettings settings) {
    return AwsClients.configure(
            CognitoIdentityProviderClient.builder(), settings.region(), settings.endpoint())
        .build();
  }

  void close(@Disposes CognitoIdentityProviderClient cognito) {
    cognito.close();
  }
}
