package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpositionTest {

  @Test
  void readsSamplesAndTheSeriesTheirFamiliesDeclare() {
    String scrape =
        """
        # HELP connectionpool_queuedRequests_total The number of requests that waited.
        # TYPE connectionpool_queuedRequests_total counter
        connectionpool_queuedRequests_total{datasource="jdbc_hms",mp_scope="vendor",} 0.0
        # TYPE http_server_request_duration_seconds histogram
        http_server_request_duration_seconds_bucket{http_route="/api/patients",le="0.005"} 1
        # TYPE hms_jwks_refreshes counter
        # TYPE hms_admission_waiting gauge
        hms_admission_waiting 0
        up_and_running 1 1700000000000
        """;
    assertEquals(
        Set.of(
            "connectionpool_queuedRequests_total",
            "http_server_request_duration_seconds",
            "http_server_request_duration_seconds_bucket",
            "http_server_request_duration_seconds_count",
            "http_server_request_duration_seconds_sum",
            "hms_jwks_refreshes",
            "hms_jwks_refreshes_total",
            "hms_admission_waiting",
            "up_and_running"),
        Exposition.names(scrape));
  }
}
