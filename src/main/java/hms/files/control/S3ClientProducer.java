package hms.files.control;

import hms.aws.control.AwsClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.services.s3.S3Client;

/** One S3 client for the application; a stand-in (S3Proxy) needs path-style addressing. */
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
}
