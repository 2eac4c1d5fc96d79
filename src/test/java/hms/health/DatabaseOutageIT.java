package hms.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.Relays;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
    PatientRead read = PatientRead.of("outage");

    relay("/cut");
    // The first request finds a pooled connection that no longer answers (its read times out),
    // the second a pool that must open a new one (its login times out): both are outages.
    assertUnavailableWithinFiveSeconds(read::send);
    assertUnavailableWithinFiveSeconds(read::send);

    relay("/restore");
    awaitReadiness(a -> a.status() == 200, Duration.ofSeconds(10));
    assertEquals(200, read.send().status());
  }

  @Test
  void aSlowDatabaseStillGetsEveryAnswerWithinFiveSeconds() {
    PatientRead read = PatientRead.of("slowdb");
    assertEquals(200, read.send().status(), "the pool holds a connection");

    // Every round trip now takes 2 s: each read alone is within the 3 s socket timeout, but
    // reading a patient takes three (the patient, its audit event, the commit), 6 s in all. The
    // request's deadline, not a timeout per read, decides.
    relay("/slow?ms=1000");
    assertUnavailableWithinFiveSeconds(read::send);

    relay("/restore");
    awaitReadiness(a -> a.status() == 200, Duration.ofSeconds(10));
    assertEquals(200, read.send().status());
  }

  @Test
  void aWriteCutOffByItsDeadlineIsWrittenWhollyOrNotAtAll() throws SQLException {
    Hospital hospital = Tenants.create("slowwrite");
    Patients.create(hospital.admin(), hospital.id(), Patients.body("Ada", "Warm"));

    relay("/slow?ms=1000");
    String body = Patients.body("Wim", "Late").build().toString();
    assertUnavailableWithinFiveSeconds(
        () -> Tenants.send(hospital.admin(), hospital.id(), "POST", "/api/patients", body));
    relay("/restore");
    awaitReadiness(a -> a.status() == 200, Duration.ofSeconds(10));

    // The commit may have been under way when the deadline came: then the row is there, with
    // its audit event and counted; never a part of it.
    String patients = Sql.table(hospital.id(), "patients");
    long written = Sql.number("SELECT count(*) FROM " + patients + " WHERE family_name = 'Late'");
    long audited =
        Sql.number(
            "SELECT count(*) FROM "
                + Sql.table(hospital.id(), "audit_events")
                + " a JOIN "
                + patients
                + " p ON a.resource_id = p.id WHERE p.family_name = 'Late' AND a.action = 'CREATE'");
    assertTrue(written <= 1, "written " + written + " times");
    assertEquals(written, audited, "a patient without its audit event");
    assertEquals(
        Sql.number("SELECT count(*) FROM " + patients),
        Sql.number("SELECT sum(n) FROM " + Sql.table(hospital.id(), "patient_counts")),
        "the counters follow the rows");
  }

  private static void assertUnavailableWithinFiveSeconds(Supplier<Answer> request) {
    Instant asked = Instant.now();
    Answer answer = request.get();
    Duration took = Duration.between(asked, Instant.now());
    assertTrue(took.compareTo(Duration.ofSeconds(5)) <= 0, "answered after " + took);
    assertEquals(503, answer.status(), answer.body());
    assertEquals("application/problem+json", answer.header("Content-Type").orElse(""));
    assertTrue(answer.body().contains("\"status\":503"), answer.body());
    assertTrue(answer.header("Retry-After").isPresent(), answer.headers().toString());
    assertFalse(answer.body().contains("SELECT"), "no SQL in the answer: " + answer.body());
  }

  /** A new hospital's administrator reading one of its patients. */
  private record PatientRead(Hospital hospital, String path) {
    static PatientRead of(String prefix) {
      Hospital hospital = Tenants.create(prefix);
      JsonObject patient =
          Patients.create(hospital.admin(), hospital.id(), Patients.body("Ida", "Outage"));
      return new PatientRead(hospital, "/api/patients/" + patient.getString("id"));
    }

    Answer send() {
      return Tenants.get(hospital.admin(), hospital.id(), path);
    }
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
