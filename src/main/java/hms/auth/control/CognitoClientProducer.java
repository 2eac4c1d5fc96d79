package hms.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** One Cognito client for the application, credentials from the AWS default chain. */
@ApplicationScoped
public class CognitoClientProducer {

  @Produces
  @ApplicationScoped
  CognitoIdentityProviderClient cognito(CognitoSettings settings) {
    var builder =
        CognitoIdentityProviderClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(DefaultCredentialsProvider.builder().build())
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofSeconds(10)))
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(15)));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  void close(@Disposes CognitoIdentityProviderClient cognito) {
    cognito.close();
  }
}
