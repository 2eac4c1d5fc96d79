package hms.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.Relays;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database stops answering without closing anything (the test cuts the relay between server and
 * database): readiness must notice in time, liveness must not, and both must recover alone.
 */
class DatabaseOutageIT {

  @AfterEach
  void restore() {
    relay("/restore");
  }

  @Test
  void readinessFallsWithinFiveSecondsAndRecoversWithoutARestart() {
    assertEquals(200, Api.get("/health/ready").status(), "ready before the outage");

    relay("/cut");
    Instant cut = Instant.now();
    Answer down = awaitReadiness(a -> a.status() == 503, Duration.ofSeconds(15));
    Duration noticed = Duration.between(cut, Instant.now());
    assertTrue(noticed.compareTo(Duration.ofSeconds(5)) <= 0, "DOWN after " + noticed);
    assertTrue(down.body().contains("\"name\":\"database\",\"status\":\"DOWN\""), down.body());
    assertTrue(down.body().contains("\"name\":\"object-store\",\"status\":\"UP\""), down.body());
    assertEquals(200, Api.get("/health/live").status(), "liveness ignores the database");

    relay("/restore");
    Instant restored = Instant.now();
    awaitReadiness(a -> a.status() == 200, Duration.ofSeconds(30));
    Duration recovered = Duration.between(restored, Instant.now());
    assertTrue(recovered.compareTo(Duration.ofSeconds(10)) <= 0, "UP after " + recovered);
  }

  @Test
  void apiRequestsFailWithin5SecondsAs503ProblemsAndRecover() {
    Hospital hospital = Tenants.create("outage");
    String path =
        "/api/patients/"
            + Patients.create(hospital.admin(), hospital.id(), Patients.body("Ida", "Outage"))
                .getString("id");

    relay("/cut");
    // The first request finds a pooled connection that no longer answers (its read times out),
    // the second a pool that must open a new one (its login times out): both are outages.
    for (int attempt = 0; attempt < 2; attempt++) {
      Instant asked = Instant.now();
      Answer answer = Tenants.get(hospital.admin(), hospital.id(), path);
      Duration took = Duration.between(asked, Instant.now());
      assertTrue(took.compareTo(Duration.ofSeconds(5)) <= 0, "answered after " + took);
      assertEquals(503, answer.status(), answer.body());
      assertEquals("application/problem+json", answer.header("Content-Type").orElse(""));
      assertTrue(answer.header("Retry-After").isPresent(), answer.headers().toString());
      assertTrue(answer.body().contains("\"status\":503"), answer.body());
      assertFalse(answer.body().contains("SELECT"), "no SQL in the answer: " + answer.body());
    }

    relay("/restore");
    awaitReadiness(a -> a.status() == 200, Duration.ofSeconds(10));
    assertEquals(200, Tenants.get(hospital.admin(), hospital.id(), path).status());
  }

  private static Answer awaitReadiness(Predicate<Answer> wanted, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Answer last = null;
    while (Instant.now().isBefore(deadline)) {
      last = Api.get("/health/ready");
      if (wanted.test(last)) {
        return last;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new AssertionError("readiness never changed; last answer " + last);
  }

  private static void relay(String action) {
    Relays.set("db", action.substring(1));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
