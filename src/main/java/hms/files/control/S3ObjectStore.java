package hms.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** The application's only door to S3: no AWS type leaves this class. */
@ApplicationScoped
public class S3ObjectStore {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  /**
   * HEAD and DELETE run inside a request's transaction, so an S3 outage must not hold its database
   * connection for long: they give up after this and the request answers 503.
   */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(4);

  private static final Logger LOG = Logger.getLogger(S3ObjectStore.class.getName());

  private final S3Client s3;
  private final S3Presigner presigner;
  private final FilesSettings settings;

  /** For the CDI proxy only. */
  protected S3ObjectStore() {
    this(null, null, null);
  }

  @Inject
  public S3ObjectStore(S3Client s3, S3Presigner presigner, FilesSettings settings) {
    this.s3 = s3;
    this.presigner = presigner;
    this.settings = settings;
  }

  /**
   * Where browsers send the presigned requests: the stand-in's endpoint (path-style) or the
   * bucket's own host on AWS. Computed like the URLs themselves, without credentials or a network
   * call.
   */
  public URI browserOrigin() {
    URI url =
        URI.create(
            s3.utilities().getUrl(r -> r.bucket(settings.bucket()).key("origin")).toExternalForm());
    return URI.create(url.getScheme() + "://" + url.getRawAuthority());
  }

  /**
   * A PUT URL for exactly this key, media type and length: they are signed, so S3 refuses an upload
   * that differs in any of them.
   */
  public PresignedRequest presignUpload(String key, String contentType, long size) {
    PresignedPutObjectRequest signed =
        presigner.presignPutObject(
            r ->
                r.signatureDuration(settings.presignExpiry())
                    .putObjectRequest(
                        p ->
                            p.bucket(settings.bucket())
                                .key(key)
                                .contentType(contentType)
                                .contentLength(size)));
    Map<String, String> headers = new TreeMap<>();
    signed
        .signedHeaders()
        .forEach(
            (name, values) -> {
              if (!"host".equalsIgnoreCase(name)) {
                headers.put(canonical(name), String.join(",", values));
              }
            });
    return new PresignedRequest(
        URI.create(signed.url().toString()), "PUT", headers, signed.expiration());
  }

  /** A GET URL that makes browsers save the object under its display name and media type. */
  public PresignedRequest presignDownload(String key, String contentType, String displayName) {
    PresignedGetObjectRequest signed =
        presigner.presignGetObject(
            r ->
                r.signatureDuration(settings.presignExpiry())
                    .getObjectRequest(
                        g ->
                            g.bucket(settings.bucket())
                                .key(key)
                                .responseContentType(contentType)
                                .responseContentDisposition(
                                    ContentDisposition.attachment(displayName))));
    return new PresignedRequest(
        URI.create(signed.url().toString()), "GET", Map.of(), signed.expiration());
  }

  /** The object's size and ETag, or empty when there is none. */
  public Optional<StoredObject> head(String key) {
    return storage(
        () -> {
          try {
            var head =
                s3.headObject(
                    r ->
                        r.bucket(settings.bucket())
                            .key(key)
                            .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT)));
            return Optional.of(new StoredObject(head.contentLength(), head.eTag()));
          } catch (NoSuchKeyException e) {
            return Optional.empty();
          } catch (S3Exception e) {
            if (e.statusCode() == 404) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  /**
   * Copies an object inside the bucket, only if it is still the one seen (its ETag); returns the
   * copy's ETag, or empty when the source changed or went meanwhile.
   */
  public Optional<String> copyIfUnchanged(String from, String to, String seenEtag) {
    return storage(
        () -> {
          try {
            return Optional.of(
                s3.copyObject(
                        r ->
                            r.sourceBucket(settings.bucket())
                                .sourceKey(from)
                                .destinationBucket(settings.bucket())
                                .destinationKey(to)
                                .copySourceIfMatch(seenEtag)
                                .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT)))
                    .copyObjectResult()
                    .eTag());
          } catch (NoSuchKeyException e) {
            return Optional.empty();
          } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  public void delete(String key) {
    storage(
        () ->
            s3.deleteObject(
                r ->
                    r.bucket(settings.bucket())
                        .key(key)
                        .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT))));
  }

  /** S3 unreachable or failing: 503 for the client, the cause in the log. */
  private static <T> T storage(Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      LOG.log(Level.WARNING, "S3 call failed", e);
      throw new FilesProblems.StorageUnavailable();
    }
  }

  private static String canonical(String header) {
    return "content-type".equalsIgnoreCase(header)
        ? "Content-Type"
        : "content-length".equalsIgnoreCase(header) ? "Content-Length" : header;
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
