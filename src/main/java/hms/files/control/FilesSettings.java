package hms.files.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files feature's settings ({@code files.*}): where tenant files are stored, which may be
 * stored, and how long their presigned URLs live. MicroProfile Config converts the values (a set, a
 * duration, a URI, a long); the constructor checks them, so a bad one stops the start-up with a
 * message naming its key (read as the application starts).
 */
@Dependent
public class FilesSettings {
  /** SigV4 refuses presigned URLs that live longer than this. */
  static final Duration SIGV4_MAX_EXPIRY = Duration.ofDays(7);

  private final String region;
  private final String bucket;
  private final Optional<URI> endpoint;
  private final Duration presignExpiry;
  private final Set<String> allowedContentTypes;
  private final long maxSize;

  @Inject
  public FilesSettings(
      // AWS region of the bucket.
      @ConfigProperty(name = "files.s3.region", defaultValue = "us-east-1") String region,
      // The bucket every tenant's files go to, under the tenant's own prefix.
      @ConfigProperty(name = "files.s3.bucket", defaultValue = "hms-files") String bucket,
      // Only for an S3 stand-in (S3Proxy): its URL; unset means AWS's own endpoint.
      @ConfigProperty(name = "files.s3.endpoint") Optional<URI> endpoint,
      // How long presigned upload and download URLs stay valid (ISO-8601 duration).
      @ConfigProperty(name = "files.presign.expiry", defaultValue = "PT1H") Duration presignExpiry,
      // Media types a file may have, comma-separated.
      @ConfigProperty(
              name = "files.allowed-content-types",
              defaultValue =
                  "application/pdf,image/png,image/jpeg,application/dicom,text/plain,text/csv")
          Set<String> allowedContentTypes,
      // Largest file in bytes (25 MB).
      @ConfigProperty(name = "files.max-size", defaultValue = "26214400") long maxSize) {
    this.region = region;
    this.bucket = bucket;
    this.endpoint = endpoint;
    if (presignExpiry.isNegative() || presignExpiry.isZero()) {
      throw new IllegalArgumentException(
          "files.presign.expiry must be positive, was " + presignExpiry);
    }
    if (presignExpiry.compareTo(SIGV4_MAX_EXPIRY) > 0) {
      throw new IllegalArgumentException(
          "files.presign.expiry must be at most P7D (SigV4's limit), was " + presignExpiry);
    }
    this.presignExpiry = presignExpiry;
    this.allowedContentTypes =
        allowedContentTypes.stream()
            .map(t -> t.trim().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    if (maxSize < 1) {
      throw new IllegalArgumentException("files.max-size must be at least 1 byte, was " + maxSize);
    }
    this.maxSize = maxSize;
  }

  public Set<String> allowedContentTypes() {
    return allowedContentTypes;
  }

  public long maxSize() {
    return maxSize;
  }

  public String region() {
    return region;
  }

  public String bucket() {
    return bucket;
  }

  public Optional<URI> endpoint() {
    return endpoint;
  }

  public Duration presignExpiry() {
    return presignExpiry;
  }

  /** Reads the settings as the application starts: a bad one stops the start-up, naming its key. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      FilesSettings settings) {}
}
