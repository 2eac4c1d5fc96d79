package hms.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local stack runs and keeps its data. Every value comes from a system property (set by
 * the Maven build for the integration tests) or an environment variable, with a local default.
 */
record StackSettings(
    String name,
    Path baseDir,
    Path targetDir,
    Path dataDir,
    int httpPort,
    int s3Port,
    int cognitoPort,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int embeddedDbPort,
    int dbRelayPort,
    int jwksRelayPort,
    boolean tryContainers,
    String bucket,
    String region,
    String adminEmail,
    String adminPassword,
    String cognitoCode,
    String signInLockoutWindow,
    String signInMaxFailuresPerEmail,
    String trustedProxies,
    String dbPoolMax,
    int controlPort,
    String presignExpiry,
    int s3RelayPort,
    String quotaUserRequests,
    String quotaTenantRequests,
    String quotaWindow,
    String auditExportMaxRows,
    String server,
    Path wildflyHome,
    String traces,
    int otlpPort) {

  /** Fixed credentials of the S3 stand-in: it checks signatures, so it needs a key pair. */
  static final String S3_ACCESS_KEY = "local-access-key";

  static final String S3_SECRET_KEY = "local-secret-key";

  static StackSettings load() {
    String name = value("stack.name", "STACK_NAME", "local");
    Path baseDir = Path.of(value("stack.basedir", "STACK_BASEDIR", ".")).toAbsolutePath();
    Path targetDir =
        Path.of(value("stack.target", "STACK_TARGET", baseDir.resolve("target").toString()));
    // The local run keeps its data in the user's home so that `mvn clean` does not wipe it;
    // the integration tests' stack lives under target/.
    Path defaultData =
        "local".equals(name)
            ? Path.of(System.getProperty("user.home"), ".hms", name)
            : targetDir.resolve("stack").resolve(name);
    String dbName = value("stack.db.name", "STACK_DB_NAME", "hms");
    return new StackSettings(
        name,
        baseDir,
        targetDir,
        Path.of(value("stack.data", "STACK_DATA", defaultData.toString())),
        Integer.parseInt(value("stack.http.port", "HTTP_PORT", "9080")),
        Integer.parseInt(value("stack.s3.port", "STACK_S3_PORT", "9090")),
        Integer.parseInt(value("stack.cognito.port", "STACK_COGNITO_PORT", "9229")),
        value("stack.db.url", "DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + dbName),
        value("stack.db.user", "DB_USER", "postgres"),
        value("stack.db.password", "DB_PASSWORD", ""),
        Integer.parseInt(value("stack.db.embedded-port", "STACK_EMBEDDED_DB_PORT", "54329")),
        // The tests' stack reaches the database through a relay they can cut; 0: directly.
        Integer.parseInt(value("stack.db.relay-port", "STACK_DB_RELAY_PORT", "0")),
        // The tests' server fetches the JWKS through a relay that counts and can fail; 0: direct.
        Integer.parseInt(value("stack.jwks.relay-port", "STACK_JWKS_RELAY_PORT", "0")),
        Boolean.parseBoolean(value("stack.containers", "STACK_CONTAINERS", "false")),
        value("stack.s3.bucket", "FILES_S3_BUCKET", "hms-files"),
        "us-east-1",
        value("stack.admin.email", "HMS_ADMIN_EMAIL", "admin@hms.local"),
        value("stack.admin.password", "HMS_ADMIN_PASSWORD", "Admin-Passw0rd!"),
        // A fixed code for every confirmation and reset e-mail (the tests' stack); empty: random
        // codes, which cognito-local writes to its log instead of sending.
        value("stack.cognito.code", "STACK_COGNITO_CODE", ""),
        // The server's auth.signin.lockout-window; empty: the server's default.
        value("stack.signin.lockout-window", "STACK_SIGNIN_LOCKOUT_WINDOW", ""),
        // The server's auth.signin.max-failures-per-email; empty: the server's default.
        value("stack.signin.max-failures-per-email", "STACK_SIGNIN_MAX_FAILURES_PER_EMAIL", ""),
        // The server's web.trusted-proxies; empty: the server's default (trust none).
        value("stack.web.trusted-proxies", "STACK_WEB_TRUSTED_PROXIES", ""),
        // The server's db.pool.max; empty: the server's default.
        value("stack.db.pool-max", "STACK_DB_POOL_MAX", ""),
        // Where tests can ask the stack to restart the server; 0: no such port.
        Integer.parseInt(value("stack.control-port", "STACK_CONTROL_PORT", "0")),
        // The server's files.presign.expiry; empty: the server's default (1 hour).
        value("stack.files.presign-expiry", "STACK_PRESIGN_EXPIRY", ""),
        // The tests' server reaches S3 through a relay they can cut (control on port + 1); 0:
        // direct.
        Integer.parseInt(value("stack.s3.relay-port", "STACK_S3_RELAY_PORT", "0")),
        // The server's quota.user.requests, quota.tenant.requests and the window of both;
        // empty: the server's defaults.
        value("stack.quota.user-requests", "STACK_QUOTA_USER_REQUESTS", ""),
        value("stack.quota.tenant-requests", "STACK_QUOTA_TENANT_REQUESTS", ""),
        value("stack.quota.window", "STACK_QUOTA_WINDOW", ""),
        // The server's audit.export.max-rows; empty: the server's default.
        value("stack.audit.export-max-rows", "STACK_AUDIT_EXPORT_MAX_ROWS", ""),
        // The application server: liberty (default) or wildfly (mvn -Pwildfly provisions it).
        value("stack.server", "STACK_SERVER", "liberty"),
        Path.of(
            value(
                "stack.wildfly.home",
                "STACK_WILDFLY_HOME",
                targetDir.resolve("wildfly/server").toString())),
        // Where the server's traces go: empty (nowhere, production's default), "print" (a
        // receiver on otlpPort prints each span) or "receive" (the receiver on the control port
        // keeps them for the tests).
        value("stack.traces", "STACK_TRACES", ""),
        Integer.parseInt(value("stack.otlp.port", "STACK_OTLP_PORT", "4318")));
  }

  /** Whether the server exports its traces to the stack's receiver. */
  boolean tracesReceived() {
    return "receive".equals(traces) && controlPort > 0 || "print".equals(traces);
  }

  /** Where the server sends its spans (OTLP/HTTP): the control port, or the receiver's own. */
  String tracesEndpoint() {
    int port = "receive".equals(traces) ? controlPort : otlpPort;
    return "http://127.0.0.1:" + port + "/v1/traces";
  }

  boolean onWildFly() {
    return "wildfly".equals(server);
  }

  /** WildFly serves MicroProfile Health on its management port; Liberty on the HTTP port. */
  int managementPort() {
    return httpPort + 910;
  }

  String healthUrl() {
    return onWildFly() ? "http://127.0.0.1:" + managementPort() : baseUrl();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  String s3Endpoint() {
    return "http://127.0.0.1:" + s3Port;
  }

  /** Where the server reaches S3: through the tests' relay when there is one. */
  String serverS3Endpoint() {
    return s3RelayPort > 0 ? "http://127.0.0.1:" + s3RelayPort : s3Endpoint();
  }

  String cognitoEndpoint() {
    return "http://127.0.0.1:" + cognitoPort;
  }

  private static String value(String property, String env, String fallback) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(env)))
        .filter(v -> !v.isBlank())
        .orElse(fallback);
  }
}
