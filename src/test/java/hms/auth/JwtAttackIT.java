package hms.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import hms.it.Answer;
import hms.it.Api;
import hms.it.Jwt;
import hms.it.ServerLogs;
import hms.it.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Forged, altered and broken tokens: every one is a 401 problem, never a 500, never a pass. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JwtAttackIT {
  private static Users.Session user;
  private static final KeyPair ATTACKER = Jwt.ownKeys();

  /** Every token this suite sent, to look for in the server's logs at the end. */
  private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void aRealUser() {
    user = Users.signedIn("jwt");
  }

  @Test
  void aValidTokenMintedWithThePoolKeyPasses() {
    // Proves the minting is right, so that each refusal below is about the one thing it varies.
    Answer answer = me(Jwt.byPool(claims()));
    assertEquals(200, answer.status(), answer.body());
  }

  @Test
  void rejectsAlgNone() {
    refused(
        Jwt.unsigned(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT"), claims()));
  }

  @Test
  void rejectsHs256SignedWithThePublicKey() {
    refused(
        Jwt.hs256(
            Json.createObjectBuilder().add("alg", "HS256").add("kid", "CognitoLocal"),
            claims(),
            Jwt.poolPublicKeyPem()));
  }

  @Test
  void rejectsAnUnknownKid() {
    refused(Jwt.rs256(header("attacker-key"), claims(), ATTACKER.getPrivate()));
  }

  @Test
  void unknownKidsDoNotMakeTheServerHammerTheJwks() {
    int before = jwksFetches();
    for (int i = 0; i < 10; i++) {
      refused(Jwt.rs256(header("unknown-" + i), claims(), ATTACKER.getPrivate()));
    }
    int fetched = jwksFetches() - before;
    assertTrue(fetched <= 1, fetched + " JWKS fetches for 10 unknown kids within seconds");
  }

  @Test
  void ignoresAJkuHeaderAndFetchesNothingFromIt() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    HttpServer trap =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    trap.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    trap.start();
    try {
      String jku = "http://127.0.0.1:" + trap.getAddress().getPort() + "/jwks.json";
      refused(
          Jwt.rs256(
              header("jku-key").add("jku", jku).add("x5u", jku), claims(), ATTACKER.getPrivate()));
      assertEquals(0, calls.get(), "requests to the token's jku/x5u");
    } finally {
      trap.stop(0);
    }
  }

  @Test
  void rejectsAWrongIssuer() {
    refused(Jwt.byPool(claims().add("iss", "https://evil.example.org/pool")));
  }

  @Test
  void rejectsAnotherPoolsIssuer() {
    refused(
        Jwt.byPool(
            claims().add("iss", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other")));
    String sameHostOtherPool = Api.stack("cognito.issuer").replaceAll("/[^/]+$", "/local_other");
    refused(Jwt.byPool(claims().add("iss", sameHostOtherPool)));
  }

  @Test
  void rejectsAnExpiredTokenBeyondTheClockSkew() {
    long now = Instant.now().getEpochSecond();
    refused(Jwt.byPool(claims().add("iat", now - 3_700).add("exp", now - 90)));
  }

  @Test
  void rejectsATokenNotValidYet() {
    refused(Jwt.byPool(claims().add("nbf", Instant.now().getEpochSecond() + 600)));
  }

  @Test
  void rejectsATokenWithoutExpiry() {
    refused(Jwt.byPool(claims().remove("exp")));
  }

  @Test
  void rejectsALifetimeLongerThanCognitoGivesAnyToken() {
    refused(Jwt.byPool(claims().add("exp", Instant.now().getEpochSecond() + 10L * 365 * 86_400)));
  }

  @Test
  void rejectsAnIssueTimeInTheFuture() {
    refused(Jwt.byPool(claims().add("iat", Instant.now().getEpochSecond() + 600)));
  }

  @Test
  void rejectsACriticalHeaderItDoesNotUnderstand() {
    refused(
        Jwt.byPool(Jwt.poolHeader().add("crit", Json.createArrayBuilder().add("exp")), claims()));
  }

  @Test
  void rejectsGroupsThatAreNotAListOfNames() {
    refused(Jwt.byPool(claims().add("cognito:groups", 42)));
  }

  @Test
  void rejectsAnIdToken() {
    refused(
        Jwt.byPool(
            claims()
                .add("token_use", "id")
                .add("aud", Api.stack("cognito.client-id"))
                .add("email", user.email())));
  }

  @Test
  void rejectsAForeignClientId() {
    refused(Jwt.byPool(claims().add("client_id", "someone-elses-app-client")));
    refused(Jwt.byPool(claims().remove("client_id")));
  }

  @Test
  void rejectsATamperedPayload() {
    String[] parts = user.accessToken().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    String tampered = payload.replace(user.sub(), "00000000-0000-0000-0000-000000000000");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered.getBytes())
            + "."
            + parts[2];
    refused(forged);
  }

  @Test
  void rejectsTruncatedAndGarbageTokens() {
    String real = user.accessToken();
    refused(real.substring(0, real.length() - 12));
    refused(real.substring(0, real.lastIndexOf('.')));
    refused("not.a.token");
    refused("%%%%");
    refused("e30.e30.e30");
  }

  @Test
  void rejectsAValidTokenWhoseSegmentsAreNotCanonicalBase64Url() {
    String real = user.accessToken();
    String[] parts = real.split("\\.");
    refused(real + "==");
    refused(parts[0] + "." + parts[1] + "==." + parts[2]);
    refused(parts[0] + "=." + parts[1] + "." + parts[2]);
  }

  @Test
  void anAuthorizationHeaderOver8KilobytesIs431NamingIt() {
    String token = Jwt.byPool(claims().add("padding", "x".repeat(9 * 1024)));
    JsonObject problem = me(token).assertProblem(431, "header-too-large");
    assertEquals(
        "Authorization", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aHeaderBeyondTheServersOwnLimitIsRefusedWithoutReachingTheApplication() {
    // Above the HTTP channel's limit (docs/security.md) the server answers before the
    // application; whichever answers, it is a client error and the token is not logged.
    Answer answer = me(Jwt.byPool(claims().add("padding", "x".repeat(40 * 1024))));
    assertTrue(answer.status() == 400 || answer.status() == 431, answer.toString());
  }

  @Test
  void rejectsAMissingOrMalformedAuthorizationHeader() {
    refusedWith(Api.send(Api.request("/auth/me").GET()));
    refusedWith(
        Api.send(Api.request("/auth/me").header("Authorization", "Basic dXNlcjpwYXNz").GET()));
    refusedWith(Api.send(Api.request("/auth/me").header("Authorization", "Bearer").GET()));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void theServerLogsHoldNoneOfTheTokensNorTheirSignatures() throws IOException {
    SENT.add(user.accessToken());
    List<String> secrets = new ArrayList<>();
    for (String token : SENT) {
      String[] parts = token.split("\\.");
      secrets.addAll(Arrays.asList(parts).subList(1, parts.length));
    }
    // Segments long enough to be unique: an empty signature would match anything.
    secrets.removeIf(segment -> segment.length() < 24);
    SENT.stream().filter(token -> token.length() >= 12).forEach(secrets::add);
    secrets.add(user.refreshToken());
    secrets.add(Users.PASSWORD);
    ServerLogs.assertHoldNone(secrets);
  }

  private static int jwksFetches() {
    return Integer.parseInt(
        Api.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.stack("jwks.relay") + "/count"))
                    .GET())
            .body());
  }

  private static JsonObjectBuilder claims() {
    return Jwt.accessClaims(user.sub());
  }

  private static JsonObjectBuilder header(String kid) {
    return Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid);
  }

  private static Answer me(String token) {
    SENT.add(token);
    return Api.send(Api.request("/auth/me").header("Authorization", "Bearer " + token).GET());
  }

  private static void refused(String token) {
    refusedWith(me(token));
  }

  private static void refusedWith(Answer answer) {
    answer.assertProblem(401, "unauthorized");
    assertTrue(
        answer.headers().allValues("WWW-Authenticate").stream()
            .anyMatch(v -> v.startsWith("Bearer")),
        answer.headers().toString());
  }
}
