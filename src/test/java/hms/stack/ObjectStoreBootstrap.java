package hms.stack;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Creates the stack's bucket in S3Proxy unless an earlier run did. */
final class ObjectStoreBootstrap {
  private ObjectStoreBootstrap() {}

  static void ensureBucket(StackSettings settings) {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(URI.create(settings.s3Endpoint()))
            .forcePathStyle(true)
            .region(Region.of(settings.region()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        StackSettings.S3_ACCESS_KEY, StackSettings.S3_SECRET_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      try {
        s3.headBucket(r -> r.bucket(settings.bucket()));
      } catch (NoSuchBucketException missing) {
        try {
          s3.createBucket(r -> r.bucket(settings.bucket()));
        } catch (BucketAlreadyOwnedByYouException raced) {
          // Made between the two calls: fine.
        }
      }
    }
  }
}
