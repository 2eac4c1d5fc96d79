package hms.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The application's only door to S3: no AWS type leaves this class. */
@ApplicationScoped
public class S3ObjectStore {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final S3Client s3;
  private final FilesSettings settings;

  /** For the CDI proxy only. */
  protected S3ObjectStore() {
    this(null, null);
  }

  @Inject
  public S3ObjectStore(S3Client s3, FilesSettings settings) {
    this.s3 = s3;
    this.settings = settings;
  }

  /** Empty when the bucket answers; otherwise a short reason code for health reports. */
  public Optional<String> bucketProblem() {
    try {
      s3.headBucket(
          r ->
              r.bucket(settings.bucket())
                  .overrideConfiguration(c -> c.apiCallTimeout(PROBE_TIMEOUT)));
      return Optional.empty();
    } catch (NoSuchBucketException e) {
      return Optional.of("missing");
    } catch (S3Exception e) {
      return Optional.of(e.statusCode() == 403 ? "denied" : "error");
    } catch (ApiCallTimeoutException e) {
      return Optional.of("timeout");
    } catch (SdkClientException e) {
      return Optional.of("unreachable");
    }
  }
}
