package hms.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What the readiness probe says while a server starts: a load balancer routes by it. */
class StartupReadinessIT {
  private static final HttpClient PROBE =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();

  @Test
  void aStartingServerIsReadyOnlyOnceItServesRequests() throws Exception {
    Hospital hospital = Tenants.create("ready");
    CompletableFuture<Answer> restart = CompletableFuture.supplyAsync(Api::restartServer);
    boolean wentAway = false;
    int readyWhileStarting = 0;
    // The restart answers once the server is ready, which can be before this loop's next probe:
    // probing goes on until the first "ready" of the new server has been checked (or no restart
    // was seen), so the check never depends on winning that race.
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (restart.isDone() && (readyWhileStarting > 0 || !wentAway)) {
        break;
      }
      int ready = readiness();
      wentAway |= ready == 0;
      // Before the server went away it is the old one, stopping; from then on, the new one.
      if (wentAway && ready == 200) {
        Answer settings = Tenants.get(hospital.admin(), hospital.id(), "/api/settings");
        assertEquals(200, settings.status(), "ready, yet answered: " + settings.body());
        readyWhileStarting++;
      }
      Thread.sleep(20);
    }
    Answer restarted = restart.get();
    assertEquals(200, restarted.status(), restarted.body());
    assertTrue(wentAway, "the probe never found the server down: no restart was watched");
    assertTrue(readyWhileStarting > 0, "the probe never found the new server ready");
  }

  /** The readiness probe's status, or 0 when nothing answers. */
  private static int readiness() throws InterruptedException {
    try {
      return PROBE
          .send(
              Api.request("/health/ready").timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }
}
