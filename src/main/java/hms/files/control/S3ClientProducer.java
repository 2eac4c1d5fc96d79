package hms.files.control;

import hms.aws.control.AwsClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * One S3 client and one presigner for the application; a stand-in (S3Proxy) needs path-style
 * addressing.
 */
@ApplicationScoped
public class S3ClientProducer {

  @Produces
  @ApplicationScoped
  S3Client s3(FilesSettings settings) {
    return AwsClients.configure(S3Client.builder(), settings.region(), settings.endpoint())
        .forcePathStyle(settings.endpoint().isPresent())
        .build();
  }

  void close(@Disposes S3Client s3) {
    s3.close();
  }

  /** Signs URLs locally (no network call); same region, credentials and endpoint as the client. */
  @Produces
  @ApplicationScoped
  S3Presigner presigner(FilesSettings settings) {
    S3Presigner.Builder builder =
        S3Presigner.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(DefaultCredentialsProvider.builder().build())
            .serviceConfiguration(
                S3Configuration.builder()
                    .pathStyleAccessEnabled(settings.endpoint().isPresent())
                    .build());
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  void close(@Disposes S3Presigner presigner) {
    presigner.close();
  }
}
