package hms.metrics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.it.Answer;
import hms.it.Api;
import hms.it.Files;
import hms.it.Jwt;
import hms.it.Patients;
import hms.it.Relays;
import hms.it.Scrape;
import hms.it.Tenants;
import hms.it.Tenants.Hospital;
import hms.it.Users;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The metrics endpoint, scraped before and after a known sequence of requests: the application's
 * counters and the server's request durations move by exactly what those requests did. The tests
 * run one after another, so nothing else reaches the server meanwhile.
 */
class MetricsIT {
  private static final String DURATION = "http_server_request_duration_seconds";
  private static final String PROBLEM = "urn:hms:problem:";

  /**
   * The route of a patient as Liberty labels it: the resource's path template, {@code {id:
   * [0-9a-fA-F-]{36}}}, with the regular expression's own braces replaced by the control characters
   * U+0006 and U+0007 (Liberty's doing; docs/ops/metrics.md).
   */
  private static final String PATIENT = "/api/patients/{id: [0-9a-fA-F-]\u000636\u0007}";

  /** A little more than the keys' minimum refetch interval (hms.auth.control.JwksCache). */
  private static final Duration JWKS_REFETCH = Duration.ofMillis(10_500);

  /** The application's metrics as scraped (docs/ops/metrics.md), a contract with the alerts. */
  static final List<String> EXPORTED =
      List.of(
          "hms_admission_admitted_total",
          "hms_admission_waiting",
          "hms_admission_refused_total",
          "hms_request_deadline_expired_total",
          "hms_tenant_factories_live",
          "hms_tenant_factories_built_total",
          "hms_tenant_factories_evicted_total",
          "hms_tenant_access_cache_total",
          "hms_jwks_refreshes_total",
          "hms_signins_total",
          "hms_presigns_total",
          "hms_problems_total");

  private final List<Answer> answers = new ArrayList<>();

  @AfterEach
  void restore() {
    Relays.set("db", "restore");
    jwksRelay("restore");
  }

  @Test
  void countersAndHistogramsMoveByExactlyTheRequestsMade() throws Exception {
    Hospital hospital = Tenants.create("metrics");
    String patient =
        Patients.create(hospital.admin(), hospital.id(), Patients.body("Ida", "Metric"))
            .getString("id");
    Users.Session admin = hospital.admin();
    Scrape before = Scrape.now();

    // A refused token: signed by the pool, expired an hour ago.
    Answer refused =
        keep(
            Api.send(
                Api.request("/api/patients")
                    .header("Authorization", "Bearer " + expiredToken(admin.sub()))
                    .header("X-Tenant-ID", hospital.id())
                    .GET()));
    assertEquals(401, refused.status(), refused.body());
    // A problem: a patient who does not exist.
    Answer missing = keep(Tenants.get(admin, hospital.id(), "/api/patients/" + UUID.randomUUID()));
    missing.assertProblem(404, "not-found");
    // A failed sign-in.
    Answer wrong =
        keep(Api.postJson("/auth/signin", Users.credentials(admin.email(), "Wrong-Passw0rd!")));
    assertEquals(401, wrong.status(), wrong.body());
    // Two presigns: an upload (registered, put, completed), then a download.
    String file = Files.uploaded(admin, hospital.id(), "metrics.txt", patient);
    Answer download =
        keep(Tenants.get(admin, hospital.id(), "/api/files/" + file + "/download-url"));
    assertEquals(200, download.status(), download.body());
    // The admission gate's 503, and two requests cut by their deadline.
    GateRun gate = stallTheGate(hospital, "/api/patients/" + patient);

    Scrape after = Scrape.now();
    assertEquals(List.of(), missing(after), "not exported");
    // The missing patient, the upload and its completion, the download, two warm-ups, two holders.
    int tenantRequests = 4 + 2 + 2;
    int apiRequests = 1 + tenantRequests + 1; // + the refused token, + the refused at the gate
    assertAll(
        counter(before, after, "hms_admission_admitted_total", Map.of(), apiRequests - 1),
        counter(before, after, "hms_admission_refused_total", Map.of("reason", "stalled"), 1),
        counter(before, after, "hms_admission_refused_total", Map.of(), 1),
        counter(before, after, "hms_request_deadline_expired_total", Map.of(), gate.cut()),
        counter(before, after, "hms_tenant_access_cache_total", Map.of(), tenantRequests),
        counter(before, after, "hms_signins_total", Map.of("outcome", "failure"), 1),
        counter(before, after, "hms_signins_total", Map.of(), 1),
        counter(before, after, "hms_presigns_total", Map.of("operation", "upload"), 1),
        counter(before, after, "hms_presigns_total", Map.of("operation", "download"), 1),
        counter(before, after, "hms_tenant_factories_built_total", Map.of(), 0),
        counter(before, after, "hms_jwks_refreshes_total", Map.of("outcome", "failure"), 0),
        () -> assertEquals(0.0, after.sum("hms_admission_waiting"), "nobody waits now"));
    assertAll(problems(before, after));
    if ("wildfly".equals(Api.stack("server"))) {
      return; // WildFly measures no durations per route (docs/deploy.md, "WildFly")
    }
    assertAll(
        requests(
            before,
            after,
            Map.of("http_request_method", "GET", "http_response_status_code", "401"),
            1),
        requests(before, after, route("POST", "/api/files", "201"), 1),
        requests(before, after, route("POST", "/api/files/{id}/complete", "200"), 1),
        requests(before, after, route("GET", "/api/files/{id}/download-url", "200"), 1),
        requests(before, after, route("GET", PATIENT, "404"), 1),
        requests(before, after, route("GET", PATIENT, "200"), 2),
        // Liberty measures the requests that reach a servlet: the gate's refusal, answered by a
        // filter before any, is counted by the gate alone (docs/ops/metrics.md).
        requests(before, after, route("GET", PATIENT, "503"), gate.cut()),
        requests(before, after, Map.of("http_response_status_code", "503"), gate.cut()));
  }

  @Test
  void jwksRefreshesAreCountedByOutcome() throws Exception {
    Users.Session user = Users.signedIn("metricjwks");
    // A new token each time (the pool's key, a new jti): a token already accepted is not checked
    // against the keys again.
    Supplier<Answer> me =
        () ->
            Api.send(
                Api.request("/auth/me")
                    .header("Authorization", "Bearer " + Jwt.byPool(Jwt.accessClaims(user.sub())))
                    .GET());
    assertEquals(200, me.get().status());

    // Unreachable keys: the next check after the minimum interval refetches, fails, and keeps
    // the keys it has (the token still passes).
    jwksRelay("cut");
    Thread.sleep(JWKS_REFETCH.toMillis());
    Scrape before = Scrape.now();
    assertEquals(200, me.get().status());
    Scrape failed = Scrape.now();
    jwksRelay("restore");
    Thread.sleep(JWKS_REFETCH.toMillis());
    assertEquals(200, me.get().status());
    Scrape after = Scrape.now();

    assertAll(
        counter(before, failed, "hms_jwks_refreshes_total", Map.of("outcome", "failure"), 1),
        counter(before, failed, "hms_jwks_refreshes_total", Map.of("outcome", "success"), 0),
        counter(failed, after, "hms_jwks_refreshes_total", Map.of("outcome", "success"), 1),
        counter(failed, after, "hms_jwks_refreshes_total", Map.of("outcome", "failure"), 0));
  }

  @Test
  void theEndpointAnswersPrometheusTextEvenToABrowser() {
    // The front end's 404 page must not take the address: hms.web leaves it to the server.
    Answer page =
        Api.send(
            HttpRequest.newBuilder(URI.create(Api.stack("metrics.url")))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET());
    assertEquals(200, page.status(), page.body());
    // Liberty says text/plain; WildFly's management endpoint names no type.
    assertTrue(
        page.header("Content-Type").map(type -> type.startsWith("text/plain")).orElse(true),
        page.headers().toString());
    assertTrue(page.body().contains("\n# TYPE "), page.body());
  }

  @Test
  void anInventedMethodIsRefusedAndAddsNoSeries() {
    Scrape before = Scrape.now();
    String invented = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    for (String path : List.of("/api/patients", "/no-such-page")) {
      Answer refused =
          Api.send(Api.request(path).method(invented, HttpRequest.BodyPublishers.noBody()));
      refused.assertProblem(501, "method-not-implemented");
    }
    Scrape after = Scrape.now();

    assertFalse(after.text().contains(invented), "a series labelled " + invented);
    Set<String> known = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    assertEquals(
        List.of(),
        after.samples().stream()
            .filter(sample -> sample.labels().containsKey("http_request_method"))
            .filter(sample -> !known.contains(sample.labels().get("http_request_method")))
            .toList(),
        "series of methods HTTP does not define here");
    assertEquals(
        2.0,
        after.sum("hms_problems_total", Map.of("type", "method-not-implemented"))
            - before.sum("hms_problems_total", Map.of("type", "method-not-implemented")));
  }

  @Test
  void labelsNameNoPersonUserOrHospital() {
    Hospital hospital = Tenants.create("metriclabels");
    Patients.create(hospital.admin(), hospital.id(), Patients.body("Olga", "Labelless"));
    Files.uploaded(hospital.admin(), hospital.id(), "labels.txt", null);
    Scrape scrape = Scrape.now();
    assertAll(
        () -> assertFalse(scrape.text().contains(hospital.id()), "the hospital's id"),
        () -> assertFalse(scrape.text().contains(hospital.admin().email()), "an e-mail"),
        () -> assertFalse(scrape.text().contains(hospital.admin().sub()), "a user's sub"),
        () -> assertFalse(scrape.text().contains("Labelless"), "a patient's name"),
        () -> assertFalse(scrape.text().contains("labels.txt"), "a file's name"),
        () ->
            assertTrue(
                scrape.samples().stream().noneMatch(s -> s.labels().containsKey("tenant")),
                "no tenant label unless metrics.tenant-label.max is set"));
  }

  /** The contract's names the scrape lacks. */
  private static List<String> missing(Scrape scrape) {
    return EXPORTED.stream().filter(name -> !scrape.names().contains(name)).toList();
  }

  /** What {@link #stallTheGate} made: how many requests their deadline cut. */
  private record GateRun(int cut) {}

  /**
   * The tests' pool has two connections. Both are opened while the database is a little slow (two
   * reads at once, each long enough to need its own; a login must still fit in its 1 s), then it
   * answers each round trip after 2 s: two reads hold them until their deadline cuts them, and a
   * third, a second later, finds the gate stalled and is refused at once.
   */
  private GateRun stallTheGate(Hospital hospital, String path) throws Exception {
    Supplier<Answer> read = () -> Tenants.get(hospital.admin(), hospital.id(), path);
    Relays.set("db", "slow?ms=50");
    for (Answer warm : both(read)) {
      assertEquals(200, keep(warm).status(), warm.body());
    }
    Relays.set("db", "slow?ms=1000");
    CompletableFuture<List<Answer>> holders = CompletableFuture.supplyAsync(() -> both(read));
    Thread.sleep(1000);
    Answer busy = keep(read.get());
    busy.assertProblem(503, "server-busy");
    assertTrue(busy.header("Retry-After").isPresent(), busy.headers().toString());
    int cut = 0;
    for (Answer held : holders.get()) {
      keep(held).assertProblem(503, "database-unavailable");
      cut++;
    }
    Relays.set("db", "restore");
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (Api.get("/health/ready").status() != 200 && Instant.now().isBefore(until)) {
      Thread.sleep(250);
    }
    return new GateRun(cut);
  }

  /** Two of the same request at once. */
  private static List<Answer> both(Supplier<Answer> request) {
    CompletableFuture<Answer> first = CompletableFuture.supplyAsync(request);
    CompletableFuture<Answer> second = CompletableFuture.supplyAsync(request);
    return List.of(first.join(), second.join());
  }

  private Answer keep(Answer answer) {
    answers.add(answer);
    return answer;
  }

  /** Every problem answered moved its own series by one, and no other moved. */
  private Executable[] problems(Scrape before, Scrape after) {
    Map<Map<String, String>, Integer> expected = new HashMap<>();
    int total = 0;
    for (Answer answer : answers) {
      if (answer.status() >= 400) {
        String type = answer.json().getString("type");
        assertTrue(type.startsWith(PROBLEM), type);
        expected.merge(
            Map.of(
                "type",
                type.substring(PROBLEM.length()),
                "status",
                Integer.toString(answer.status())),
            1,
            Integer::sum);
        total++;
      }
    }
    List<Executable> checks = new ArrayList<>();
    expected.forEach(
        (labels, n) -> checks.add(counter(before, after, "hms_problems_total", labels, n)));
    checks.add(counter(before, after, "hms_problems_total", Map.of(), total));
    return checks.toArray(Executable[]::new);
  }

  private static Executable counter(
      Scrape before, Scrape after, String name, Map<String, String> labels, int moved) {
    return () ->
        assertEquals(
            (double) moved, after.sum(name, labels) - before.sum(name, labels), name + labels);
  }

  /** The duration histogram counted these requests, in its count and in its last bucket. */
  private static Executable requests(
      Scrape before, Scrape after, Map<String, String> labels, int moved) {
    Map<String, String> infinite = new TreeMap<>(labels);
    infinite.put("le", "+Inf");
    return () ->
        assertAll(
            counter(before, after, DURATION + "_count", labels, moved),
            counter(before, after, DURATION + "_bucket", infinite, moved));
  }

  private static Map<String, String> route(String method, String route, String status) {
    return Map.of(
        "http_request_method", method, "http_route", route, "http_response_status_code", status);
  }

  private static String expiredToken(String sub) {
    long hourAgo = Instant.now().getEpochSecond() - 3600;
    return Jwt.byPool(Jwt.accessClaims(sub).add("iat", hourAgo - 60).add("exp", hourAgo));
  }

  /** Cuts or restores the relay through which the server fetches the JWKS. */
  private static void jwksRelay(String action) {
    Answer answer =
        Api.send(
            HttpRequest.newBuilder(URI.create(Api.stack("jwks.relay") + "/" + action))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, answer.status(), "JWKS relay " + action);
  }
}
