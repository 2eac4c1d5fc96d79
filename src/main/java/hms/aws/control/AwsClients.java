package hms.aws.control;

import hms.telemetry.control.AwsCallSpans;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every AWS client of the application shares: the region, the default credential chain
 * (environment, web identity, instance role; never configuration files), the JDK's URL connection
 * client, and timeouts short enough that an AWS outage cannot hold request threads: a call ends
 * within 4 s, so a request that makes one ends within 5 s (bench/drills.sh, docs/reliability.md);
 * and a span in the request's trace for every call (hms.telemetry).
 */
public final class AwsClients {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(4);

  private AwsClients() {}

  /** Applies the shared settings; an endpoint is given only for a stand-in. */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
      B builder, String region, Optional<URI> endpoint) {
    builder
        .region(Region.of(region))
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .httpClientBuilder(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT))
        .overrideConfiguration(
            c -> c.apiCallTimeout(CALL_TIMEOUT).addExecutionInterceptor(new AwsCallSpans()));
    endpoint.ifPresent(builder::endpointOverride);
    return builder;
  }
}
