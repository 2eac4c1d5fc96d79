package hms.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Patients;
import hms.it.Sql;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A POST with an Idempotency-Key does its work once, whatever the client repeats. */
class IdempotencyIT {
  private static final String KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private static Hospital hospital;

  @BeforeAll
  static void hospital() {
    hospital = Tenants.create("idem");
  }

  @Test
  void aRepeatGetsTheFirstAnswerAndCreatesNothing() throws SQLException {
    String family = unique("Repeat");
    String body = Patients.body("Rita", family).build().toString();
    String key = UUID.randomUUID().toString();

    Answer first = post(hospital.admin(), hospital.id(), "/api/patients", body, key);
    Answer second = post(hospital.admin(), hospital.id(), "/api/patients", body, key);

    assertEquals(201, first.status(), first.body());
    assertEquals(Optional.empty(), first.header(REPLAYED));
    assertEquals(201, second.status(), second.body());
    assertEquals(Optional.of("true"), second.header(REPLAYED));
    assertEquals(first.body(), second.body());
    assertEquals(first.header("Location"), second.header("Location"));
    assertEquals(first.header("ETag"), second.header("ETag"));
    String id = first.json().getString("id");
    assertEquals(1, patientsNamed(hospital.id(), family));
    // The creation is audited once: the replay did no work.
    assertEquals(
        1,
        Sql.number(
            "SELECT count(*) FROM "
                + Sql.table(hospital.id(), "audit_events")
                + " WHERE resource_id = '"
                + id
                + "' AND action = 'CREATE'"));
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() throws SQLException {
    String key = UUID.randomUUID().toString();
    String family = unique("Mismatch");
    Answer first =
        post(
            hospital.admin(),
            hospital.id(),
            "/api/patients",
            Patients.body("Max", family).build().toString(),
            key);
    assertEquals(201, first.status(), first.body());

    Answer other =
        post(
            hospital.admin(),
            hospital.id(),
            "/api/patients",
            Patients.body("Moritz", family).build().toString(),
            key);

    other.assertProblem(422, "idempotency-key-mismatch");
    assertEquals(1, patientsNamed(hospital.id(), family));
  }

  /**
   * Twenty clients send the same request with one key at once, and each repeats it (same key) after
   * a 409 idempotency-key-in-use or a 503 (the tests' server has a pool of two connections, so its
   * admission gate sheds some of the burst) until a 201 comes: one patient, one original answer,
   * and every other 201 is its replay.
   */
  @Test
  void twentyAtOnceWithOneKeyCreateOnePatient() throws Exception {
    String family = unique("Burst");
    String body = Patients.body("Bea", family).build().toString();
    String key = UUID.randomUUID().toString();
    int clients = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<Answer>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        sent.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return untilAnswered(key, body, refusals);
                },
                pool));
      }
      start.countDown();
      List<Answer> answers = sent.stream().map(CompletableFuture::join).toList();

      List<Answer> originals =
          answers.stream().filter(a -> a.status() == 201 && a.header(REPLAYED).isEmpty()).toList();
      assertEquals(1, originals.size(), () -> statuses(answers) + " after " + refusals);
      String id = originals.get(0).json().getString("id");
      for (Answer a : answers) {
        assertEquals(201, a.status(), a.body());
        assertEquals(id, a.json().getString("id"));
      }
      assertEquals(1, patientsNamed(hospital.id(), family));
      assertTrue(
          refusals.stream().allMatch(r -> r.equals("409 in-use") || r.startsWith("503")),
          refusals::toString);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The request, repeated while it is refused with 409 in use or 503; at most 60 times. */
  private static Answer untilAnswered(String key, String body, List<String> refusals) {
    for (int attempt = 0; ; attempt++) {
      Answer answer = post(hospital.admin(), hospital.id(), "/api/patients", body, key);
      boolean inUse = answer.status() == 409;
      if (inUse) {
        answer.assertProblem(409, "idempotency-key-in-use");
        assertEquals(Optional.of("1"), answer.header("Retry-After"));
      }
      if ((!inUse && answer.status() != 503) || attempt == 60) {
        return answer;
      }
      refusals.add(inUse ? "409 in-use" : "503 " + answer.json().getString("type"));
      sleep(inUse ? 100 : 250);
    }
  }

  @Test
  void aKeyBelongsToItsCallerAndItsHospital() throws SQLException {
    Users.Session nurse = Tenants.member(hospital, "idem-nurse", "NURSE");
    Hospital other = Tenants.create("idem2");
    String key = UUID.randomUUID().toString();
    String family = unique("Scope");
    String body = Patients.body("Sam", family).build().toString();

    Answer byAdmin = post(hospital.admin(), hospital.id(), "/api/patients", body, key);
    Answer byNurse = post(nurse, hospital.id(), "/api/patients", body, key);
    Answer elsewhere = post(other.admin(), other.id(), "/api/patients", body, key);

    for (Answer a : List.of(byAdmin, byNurse, elsewhere)) {
      assertEquals(201, a.status(), a.body());
      assertEquals(Optional.empty(), a.header(REPLAYED));
    }
    assertNotEquals(byAdmin.json().getString("id"), byNurse.json().getString("id"));
    assertEquals(2, patientsNamed(hospital.id(), family));
    assertEquals(1, patientsNamed(other.id(), family));
  }

  @Test
  void anExpiredKeyAnswersANewRequest() throws SQLException {
    String key = UUID.randomUUID().toString();
    String family = unique("Expired");
    String body = Patients.body("Eve", family).build().toString();
    Answer first = post(hospital.admin(), hospital.id(), "/api/patients", body, key);
    assertEquals(201, first.status(), first.body());
    expire(hospital.id(), hospital.admin().sub(), key);

    Answer later = post(hospital.admin(), hospital.id(), "/api/patients", body, key);

    assertEquals(201, later.status(), later.body());
    assertEquals(Optional.empty(), later.header(REPLAYED));
    assertNotEquals(first.json().getString("id"), later.json().getString("id"));
    assertEquals(2, patientsNamed(hospital.id(), family));
  }

  @Test
  void theHospitalsWritesPurgeItsExpiredKeys() throws SQLException {
    Hospital own = Tenants.create("idempurge");
    String table = Sql.table(own.id(), "idempotency_keys");
    for (int i = 0; i < 3; i++) {
      Answer created =
          post(
              own.admin(),
              own.id(),
              "/api/patients",
              Patients.body("P" + i, unique("Purge")).build().toString(),
              UUID.randomUUID().toString());
      assertEquals(201, created.status(), created.body());
    }
    Sql.run("UPDATE " + table + " SET expires_at = now() - interval '1 second'");
    assertEquals(3, Sql.number("SELECT count(*) FROM " + table + " WHERE expires_at < now()"));

    Answer write =
        post(
            own.admin(),
            own.id(),
            "/api/patients",
            Patients.body("Pia", unique("Purge")).build().toString(),
            UUID.randomUUID().toString());

    assertEquals(201, write.status(), write.body());
    assertEquals(0, Sql.number("SELECT count(*) FROM " + table + " WHERE expires_at < now()"));
    assertEquals(1, Sql.number("SELECT count(*) FROM " + table));
  }

  @Test
  void aFailedRequestKeepsNothing() throws SQLException {
    String key = UUID.randomUUID().toString();
    String family = unique("Failed");
    Answer invalid =
        post(
            hospital.admin(),
            hospital.id(),
            "/api/patients",
            Patients.body("Fay", family).add("dateOfBirth", "1800-01-01").build().toString(),
            key);
    invalid.assertProblem(400, "validation");

    Answer corrected =
        post(
            hospital.admin(),
            hospital.id(),
            "/api/patients",
            Patients.body("Fay", family).build().toString(),
            key);

    assertEquals(201, corrected.status(), corrected.body());
    assertEquals(1, patientsNamed(hospital.id(), family));
  }

  @Test
  void aMalformedKeyIsRefusedNamingTheHeader() {
    String body = Patients.body("Bad", "Key").build().toString();
    for (String bad : List.of("x".repeat(256), "two words", "\"\"", "a\"b")) {
      JsonObject problem =
          post(hospital.admin(), hospital.id(), "/api/patients", body, bad)
              .assertProblem(400, "validation");
      assertEquals(KEY, problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    Answer atMost255 =
        post(hospital.admin(), hospital.id(), "/api/patients", body, "k".repeat(255));
    assertEquals(201, atMost255.status(), atMost255.body());
  }

  @Test
  void aKeyedBodyOverOneMebibyteIsRefusedBeforeItIsAllRead() {
    // 512 MiB, more than the server's heap: the key's fingerprint must not buffer it all.
    long size = 512L << 20;
    InputStream endless =
        new InputStream() {
          private long sent;

          @Override
          public int read() {
            return sent++ < size ? 'x' : -1;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (sent >= size) {
              return -1;
            }
            int n = (int) Math.min(length, size - sent);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            sent += n;
            return n;
          }
        };
    HttpRequest.Builder request =
        Api.request("/api/patients")
            .header("Authorization", hospital.admin().bearer())
            .header("X-Tenant-ID", hospital.id())
            .header("Content-Type", "application/json")
            .header(KEY, UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless));
    Api.send(request).assertProblem(413, "body-too-large");
  }

  static Answer post(Users.Session as, String tenant, String path, String body, String key) {
    return Tenants.send(as, tenant, "POST", path, body, Map.of(KEY, key));
  }

  private static long patientsNamed(String tenant, String family) throws SQLException {
    return Sql.number(
        "SELECT count(*) FROM "
            + Sql.table(tenant, "patients")
            + " WHERE family_name = '"
            + family
            + "'");
  }

  private static void expire(String tenant, String sub, String key) throws SQLException {
    Sql.run(
        "UPDATE "
            + Sql.table(tenant, "idempotency_keys")
            + " SET expires_at = now() - interval '1 second' WHERE caller_sub = '"
            + sub
            + "' AND idempotency_key = '"
            + key
            + "'");
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
  }

  private static String statuses(List<Answer> answers) {
    return answers.stream()
        .map(a -> a.status() + a.header(REPLAYED).map(r -> "r").orElse(""))
        .toList()
        .toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
