package hms.health;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HealthIT {

  @Test
  void livenessIsUpWithoutAToken() {
    Answer answer = Api.get("/health/live");
    assertEquals(200, answer.status(), answer.body());
    assertEquals(Map.of("server", "UP"), checks(answer.json()));
    assertEquals("UP", answer.json().getString("status"));
  }

  @Test
  void readinessReportsEachDependencyByName() {
    Answer answer = Api.get("/health/ready");
    assertEquals(200, answer.status(), answer.body());
    assertEquals("UP", answer.json().getString("status"));
    assertEquals(
        Map.of(
            "application", "UP", "database", "UP", "object-store", "UP", "identity-provider", "UP"),
        checks(answer.json()));
  }

  @Test
  void startupIsUpOnceTheApplicationRuns() {
    Answer answer = Api.get("/health/started");
    assertEquals(200, answer.status(), answer.body());
    assertEquals("UP", answer.json().getString("status"));
    assertEquals("UP", checks(answer.json()).get("application"));
  }

  @Test
  void probesRevealNoHostsBucketsOrVersions() {
    for (String probe : List.of("/health", "/health/live", "/health/ready", "/health/started")) {
      String body = Api.get(probe).body();
      assertAll(
          probe,
          () -> assertFalse(body.contains(Api.stack("s3.bucket")), body),
          () -> assertFalse(body.contains("127.0.0.1"), body),
          () -> assertFalse(body.contains("localhost"), body),
          () -> assertFalse(body.contains("jdbc"), body),
          () -> assertFalse(body.contains(Api.stack("cognito.pool-id")), body),
          () -> assertFalse(body.matches("(?s).*\\d+\\.\\d+\\.\\d+.*"), body));
    }
  }

  @Test
  void checksCarryOnlyNameStatusAndData() {
    JsonObject ready = Api.get("/health/ready").json();
    ready
        .getJsonArray("checks")
        .forEach(
            check -> {
              var keys = check.asJsonObject().keySet();
              if ("wildfly".equals(Api.stack("server"))) {
                // WildFly's MicroProfile Health leaves out an empty data object.
                assertTrue(
                    java.util.Set.of("name", "status", "data").containsAll(keys), check.toString());
                assertTrue(keys.containsAll(java.util.Set.of("name", "status")), check.toString());
              } else {
                assertEquals(java.util.Set.of("name", "status", "data"), keys, check.toString());
              }
            });
  }

  private static Map<String, String> checks(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject())
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }
}
