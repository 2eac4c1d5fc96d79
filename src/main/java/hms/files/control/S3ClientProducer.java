package hms.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3 client for the application. Credentials come from the default chain (environment, web
 * identity, instance role), never from configuration files. Short timeouts keep an S3 outage from
 * holding request threads.
 */
@ApplicationScoped
public class S3ClientProducer {

  @Produces
  @ApplicationScoped
  S3Client s3(FilesSettings settings) {
    var builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(DefaultCredentialsProvider.builder().build())
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofSeconds(10)))
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(15)));
    settings.endpoint().ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
    return builder.build();
  }

  void close(@Disposes S3Client s3) {
    s3.close();
  }
}
