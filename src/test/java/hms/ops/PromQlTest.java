package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void findsTheMetricsOfARatioAndNotItsLabelsOrFunctions() {
    assertEquals(
        Set.of("http_server_request_duration_seconds_count"),
        PromQl.metricNames(
            "sum by (job) (rate(http_server_request_duration_seconds_count{job=\"hms\","
                + " http_response_status_code=~\"5..\"}[5m])) / sum by (job)"
                + " (rate(http_server_request_duration_seconds_count[5m])) > 0.05"));
  }

  @Test
  void findsBothSidesOfAJoinAndNotItsLabelLists() {
    assertEquals(
        Set.of("kube_pod_status_ready", "kube_pod_labels", "up"),
        PromQl.metricNames(
            "changes(kube_pod_status_ready{condition=\"true\"}[15m]) * on (namespace, pod)"
                + " group_left (label_app) kube_pod_labels > 4 and up offset 5m"));
  }

  @Test
  void findsBareNamesAndRecordedNames() {
    assertEquals(
        Set.of("up", "hms:db_pool_queued_requests:rate5m"),
        PromQl.metricNames("up == 0 or hms:db_pool_queued_requests:rate5m > 1e3"));
  }

  @Test
  void ignoresGrafanaVariablesAndStrings() {
    assertEquals(
        Set.of("hms_problems_total"),
        PromQl.metricNames(
            "topk(10, sum by (type, status) (rate(hms_problems_total{job=\"$job\","
                + " instance=~\"${instance}\"}[$__rate_interval])))"));
    assertEquals(
        Set.of("hms_signins_total"),
        PromQl.metricNames(
            "label_replace(hms_signins_total, \"kind\", \"$1\", \"outcome\", \"(sum|rate)\")"));
  }

  @Test
  void readsTheMetricOfAVariableQuery() {
    assertEquals(
        Set.of("up"), PromQl.variableQueryMetricNames("label_values(up{job=\"$job\"}, instance)"));
  }
}
