package hms.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: PostgreSQL, S3Proxy, cognito-local and the Liberty server with
 * the WAR, wired together through the same environment variables production uses.
 *
 * <p>{@code run} stays in the foreground until Ctrl-C; {@code start} returns once the server is
 * ready (the integration tests' build step) and leaves everything running until the JVM exits.
 * Either way a shutdown hook stops everything this started, in reverse order.
 */
public final class LocalStack {
  private final StackSettings settings;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  private LocalStack(StackSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "run";
    LocalStack stack = new LocalStack(StackSettings.load());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-stop"));
    try {
      stack.start();
    } catch (Exception e) {
      stack.stopAll();
      throw e;
    }
    if ("run".equals(mode)) {
      new CountDownLatch(1).await();
    }
  }

  private void start() throws Exception {
    Files.createDirectories(settings.dataDir());
    Path logs = settings.dataDir().resolve("logs");
    Database db = Database.choose(settings);
    started.push(db.owned());
    if (settings.dbRelayPort() > 0) {
      requireFree(settings.dbRelayPort(), "the database relay");
      started.push(
          FaultyLink.start(
              settings.dbRelayPort(), settings.dbRelayPort() + 1, db.host(), db.port()));
      db = db.through(settings.dbRelayPort());
    }
    say("PostgreSQL: " + db.url() + " (" + db.origin() + ")");

    started.push(startS3Proxy(logs)::stop);
    ObjectStoreBootstrap.ensureBucket(settings);
    if (settings.s3RelayPort() > 0) {
      requireFree(settings.s3RelayPort(), "the S3 relay");
      started.push(
          FaultyLink.start(
              settings.s3RelayPort(), settings.s3RelayPort() + 1, "127.0.0.1", settings.s3Port()));
    }
    say("S3Proxy:    " + settings.serverS3Endpoint() + " bucket " + settings.bucket());

    started.push(startCognitoLocal(logs)::stop);
    CognitoBootstrap.Pool pool = CognitoBootstrap.ensure(settings);
    say("Cognito:    " + pool.issuer() + " client " + pool.clientId());
    if (settings.jwksRelayPort() > 0) {
      requireFree(settings.jwksRelayPort(), "the JWKS relay");
      started.push(
          JwksRelay.start(
              settings.jwksRelayPort(), URI.create(pool.issuer() + "/.well-known/jwks.json")));
    }

    Map<String, String> env = serverEnvironment(db, pool);
    AppServer server =
        settings.onWildFly()
            ? new WildFlyServer(settings, logs)
            : new LibertyServer(settings, logs);
    // The traces' receiver (and the control port that may hold it) listens before the server
    // starts, so that its first spans find it.
    OtlpReceiver receiver = null;
    if (settings.tracesReceived()) {
      receiver = new OtlpReceiver("print".equals(settings.traces()));
      if (!"receive".equals(settings.traces())) {
        requireFree(settings.otlpPort(), "the OTLP receiver");
        started.push(OtlpReceiver.serve(settings.otlpPort(), receiver));
      }
      say("Traces:     " + settings.tracesEndpoint());
    }
    if (settings.controlPort() > 0) {
      started.push(
          StackControl.start(
              settings.controlPort(),
              () -> {
                server.stop();
                server.start(env);
                awaitReady(Duration.ofMinutes(3));
              },
              "receive".equals(settings.traces()) ? receiver : null));
    }
    server.start(env);
    started.push(server::stop);
    awaitReady(Duration.ofMinutes(3));
    writeProperties(db, pool, server);

    say("");
    say("Ready.");
    say("  API:         " + settings.baseUrl() + "/");
    say("  OpenAPI UI:  " + settings.baseUrl() + "/openapi/ui");
    say("  Health:      " + settings.healthUrl() + "/health/ready");
    say("  Metrics:     " + settings.healthUrl() + "/metrics (Prometheus text)");
    say("  Admin:       " + settings.adminEmail() + " / " + settings.adminPassword());
    say("  Logs:        " + logs + " and " + server.messages().getParent());
    say(
        "  Traces:      "
            + ("print".equals(settings.traces())
                ? "printed here, one line per span"
                : "STACK_TRACES=print prints them here"));
  }

  private ChildProcess startS3Proxy(Path logs) throws IOException, InterruptedException {
    requireFree(settings.s3Port(), "S3Proxy");
    Path home = settings.dataDir().resolve("s3");
    Path blobs = home.resolve("blobs");
    Files.createDirectories(blobs);
    Properties p = new Properties();
    p.setProperty("s3proxy.endpoint", settings.s3Endpoint());
    p.setProperty("s3proxy.authorization", "aws-v2-or-v4");
    p.setProperty("s3proxy.identity", StackSettings.S3_ACCESS_KEY);
    p.setProperty("s3proxy.credential", StackSettings.S3_SECRET_KEY);
    p.setProperty("jclouds.provider", "filesystem");
    p.setProperty("jclouds.filesystem.basedir", blobs.toString());
    p.setProperty("jclouds.identity", "local");
    p.setProperty("jclouds.credential", "local");
    // Browsers upload straight to the bucket with the presigned PUT: the web front end's origin
    // (the server's) may, as the bucket's CORS rule allows it on AWS (docs/deploy.md).
    String port = Integer.toString(settings.httpPort());
    p.setProperty(
        "s3proxy.cors-allow-origins", "http://127.0.0.1:" + port + " http://localhost:" + port);
    p.setProperty("s3proxy.cors-allow-methods", "GET PUT HEAD");
    p.setProperty("s3proxy.cors-allow-headers", "Content-Type Content-Length");
    p.setProperty("s3proxy.cors-exposed-headers", "ETag");
    Path conf = home.resolve("s3proxy.conf");
    try (OutputStream out = Files.newOutputStream(conf)) {
      p.store(out, "Written by the local stack on every start");
    }
    Path jar = settings.targetDir().resolve("stack").resolve("s3proxy.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return ChildProcess.start(
            "S3Proxy",
            List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", conf.toString()),
            home,
            Map.of(),
            logs.resolve("s3proxy.log"))
        .awaitPort(settings.s3Port(), Duration.ofSeconds(60));
  }

  private ChildProcess startCognitoLocal(Path logs) throws IOException, InterruptedException {
    requireFree(settings.cognitoPort(), "cognito-local");
    Path packageDir = settings.baseDir().resolve("src/test/stack");
    Path installed = packageDir.resolve("node_modules/cognito-local/lib/bin/start.js");
    // cognito-local with the one correction the stack needs (cognito-local.cjs says which).
    Path start = packageDir.resolve("cognito-local.cjs");
    if (!Files.exists(installed)) {
      // A fresh clone: install the pinned stand-in from the lock file.
      Process npm =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(packageDir.toFile())
              .inheritIO()
              .start();
      if (npm.waitFor() != 0) {
        throw new IOException("npm ci in " + packageDir + " failed");
      }
    }
    return ChildProcess.start(
            "cognito-local",
            List.of("node", start.toString()),
            settings.dataDir().resolve("cognito"),
            cognitoEnvironment(),
            logs.resolve("cognito-local.log"))
        .awaitPort(settings.cognitoPort(), Duration.ofSeconds(60));
  }

  private Map<String, String> cognitoEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOST", "127.0.0.1");
    env.put("PORT", Integer.toString(settings.cognitoPort()));
    if (!settings.cognitoCode().isEmpty()) {
      env.put("CODE", settings.cognitoCode());
    }
    return env;
  }

  private Map<String, String> serverEnvironment(Database db, CognitoBootstrap.Pool pool) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HTTP_PORT", Integer.toString(settings.httpPort()));
    env.put("DB_URL", db.url());
    env.put("DB_USER", db.user());
    env.put("DB_PASSWORD", db.password());
    env.put("FILES_S3_REGION", settings.region());
    env.put("FILES_S3_BUCKET", settings.bucket());
    env.put("FILES_S3_ENDPOINT", settings.serverS3Endpoint());
    env.put("AWS_ACCESS_KEY_ID", StackSettings.S3_ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", StackSettings.S3_SECRET_KEY);
    env.put("AUTH_COGNITO_REGION", settings.region());
    env.put("AUTH_COGNITO_ENDPOINT", settings.cognitoEndpoint());
    env.put("AUTH_COGNITO_USER_POOL_ID", pool.poolId());
    env.put("AUTH_COGNITO_CLIENT_IDS", pool.clientId());
    env.put("AUTH_COGNITO_ISSUER", pool.issuer());
    if (settings.jwksRelayPort() > 0) {
      env.put("AUTH_COGNITO_JWKS_URL", jwksRelay() + "/jwks.json");
    }
    if (!settings.presignExpiry().isEmpty()) {
      env.put("FILES_PRESIGN_EXPIRY", settings.presignExpiry());
    }
    if (!settings.dbPoolMax().isEmpty()) {
      env.put("DB_POOL_MAX", settings.dbPoolMax());
    }
    if (!settings.signInLockoutWindow().isEmpty()) {
      env.put("AUTH_SIGNIN_LOCKOUT_WINDOW", settings.signInLockoutWindow());
    }
    if (!settings.signInMaxFailuresPerEmail().isEmpty()) {
      env.put("AUTH_SIGNIN_MAX_FAILURES_PER_EMAIL", settings.signInMaxFailuresPerEmail());
    }
    if (!settings.trustedProxies().isEmpty()) {
      env.put("WEB_TRUSTED_PROXIES", settings.trustedProxies());
    }
    if (!settings.quotaUserRequests().isEmpty()) {
      env.put("QUOTA_USER_REQUESTS", settings.quotaUserRequests());
    }
    if (!settings.quotaTenantRequests().isEmpty()) {
      env.put("QUOTA_TENANT_REQUESTS", settings.quotaTenantRequests());
    }
    if (!settings.auditExportMaxRows().isEmpty()) {
      env.put("AUDIT_EXPORT_MAX_ROWS", settings.auditExportMaxRows());
    }
    if (!settings.quotaWindow().isEmpty()) {
      env.put("QUOTA_USER_WINDOW", settings.quotaWindow());
      env.put("QUOTA_TENANT_WINDOW", settings.quotaWindow());
    }
    // A person reads a local run's log: Liberty's plain lines, unless LOG_FORMAT says otherwise;
    // the tests' stack keeps JSON.
    if (!"it".equals(settings.name()) && System.getenv("LOG_FORMAT") == null) {
      env.put("LOG_FORMAT", "SIMPLE");
    }
    if (settings.tracesReceived()) {
      // The standard variables an operator sets to export to a collector's OTLP/HTTP port.
      env.put("OTEL_TRACES_EXPORTER", "otlp");
      env.put("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
      env.put("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", settings.tracesEndpoint());
      // Spans leave within a fifth of a second (the SDK's default waits 5 s).
      env.put("OTEL_BSP_SCHEDULE_DELAY", "200");
    }
    return env;
  }

  private String jwksRelay() {
    return "http://127.0.0.1:" + settings.jwksRelayPort();
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create(settings.healthUrl() + "/health/ready");
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        last = answer.statusCode() + " " + answer.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new IOException("The server was not ready in " + timeout + ": " + last);
  }

  /** What the integration tests need to reach the stack. */
  private void writeProperties(Database db, CognitoBootstrap.Pool pool, AppServer server)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("base.url", settings.baseUrl());
    p.setProperty("health.url", settings.healthUrl());
    // Liberty serves /metrics on the HTTP port, WildFly on the management port like /health.
    p.setProperty("metrics.url", settings.healthUrl() + "/metrics");
    p.setProperty("server", settings.server());
    p.setProperty("db.url", db.url());
    p.setProperty("db.user", db.user());
    p.setProperty("db.password", db.password());
    if (settings.dbRelayPort() > 0) {
      p.setProperty("db.relay.control", "http://127.0.0.1:" + (settings.dbRelayPort() + 1));
    }
    p.setProperty("s3.endpoint", settings.serverS3Endpoint());
    if (settings.s3RelayPort() > 0) {
      p.setProperty("s3.relay.control", "http://127.0.0.1:" + (settings.s3RelayPort() + 1));
    }
    p.setProperty("s3.bucket", settings.bucket());
    p.setProperty("s3.access-key", StackSettings.S3_ACCESS_KEY);
    p.setProperty("s3.secret-key", StackSettings.S3_SECRET_KEY);
    p.setProperty("cognito.endpoint", settings.cognitoEndpoint());
    p.setProperty("cognito.pool-id", pool.poolId());
    p.setProperty("cognito.client-id", pool.clientId());
    p.setProperty("cognito.issuer", pool.issuer());
    p.setProperty("admin.email", settings.adminEmail());
    p.setProperty("admin.password", settings.adminPassword());
    p.setProperty("cognito.code", settings.cognitoCode());
    // Where the stand-in writes the messages it would send (invitations, codes): tests read it.
    p.setProperty(
        "cognito.log", settings.dataDir().resolve("logs").resolve("cognito-local.log").toString());
    if (settings.jwksRelayPort() > 0) {
      p.setProperty("jwks.relay", jwksRelay());
    }
    p.setProperty("signin.lockout-window", settings.signInLockoutWindow());
    p.setProperty("signin.max-failures-per-email", settings.signInMaxFailuresPerEmail());
    p.setProperty("web.trusted-proxies", settings.trustedProxies());
    p.setProperty("files.presign-expiry", settings.presignExpiry());
    if ("receive".equals(settings.traces()) && settings.controlPort() > 0) {
      p.setProperty("traces.url", "http://127.0.0.1:" + settings.controlPort() + "/exports");
    }
    if (settings.controlPort() > 0) {
      p.setProperty("stack.control", "http://127.0.0.1:" + settings.controlPort());
      p.setProperty("server.messages", server.messages().toString());
    }
    try (OutputStream out = Files.newOutputStream(settings.dataDir().resolve("stack.properties"))) {
      p.store(out, "The running local stack");
    }
  }

  private synchronized void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        say("While stopping: " + e);
      }
    }
  }

  private static void requireFree(int port, String what) throws IOException {
    if (ChildProcess.answers(port)) {
      throw new IOException(
          "Port " + port + " for " + what + " is taken: is another stack still running?");
    }
  }

  private static void say(String line) {
    System.out.println("[stack] " + line);
  }
}
