package hms.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The stack's PostgreSQL: a container where a Docker engine answers (tests only), else the server
 * at the configured URL if it answers, else an embedded one whose data survives restarts.
 */
record Database(String url, String user, String password, String origin, AutoCloseable owned) {
  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)");

  String host() {
    return parts().group(1);
  }

  int port() {
    String port = parts().group(2);
    return port == null ? 5432 : Integer.parseInt(port);
  }

  /** The same database reached through a relay on a local port. */
  Database through(int localPort) {
    return new Database(
        "jdbc:postgresql://127.0.0.1:" + localPort + parts().group(3),
        user,
        password,
        origin + ", through the test relay on " + localPort,
        owned);
  }

  private Matcher parts() {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
    }
    return m;
  }

  static Database choose(StackSettings settings) throws IOException, SQLException {
    if (settings.tryContainers() && dockerAnswers()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
      container.start();
      return new Database(
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword(),
          "container",
          container::stop);
    }
    if (answers(adminUrl(settings.dbUrl()), settings.dbUser(), settings.dbPassword())) {
      createDatabaseIfMissing(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
      return new Database(
          settings.dbUrl(), settings.dbUser(), settings.dbPassword(), "configured URL", () -> {});
    }
    Path data = settings.dataDir().resolve("postgres");
    Files.createDirectories(data);
    EmbeddedPostgres embedded =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(settings.embeddedDbPort())
            .start();
    String url = "jdbc:postgresql://127.0.0.1:" + settings.embeddedDbPort() + "/" + name(settings);
    createDatabaseIfMissing(url, "postgres", "");
    return new Database(url, "postgres", "", "embedded, data in " + data, embedded);
  }

  private static String name(StackSettings settings) {
    String path = settings.dbUrl().replaceFirst("\\?.*$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The same server's maintenance database, to create ours in. */
  private static String adminUrl(String url) {
    return url.replaceFirst("/[^/?]*(\\?|$)", "/postgres$1");
  }

  private static boolean dockerAnswers() {
    if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean answers(String url, String user, String password) {
    try (Connection ignored = connect(url, user, password)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void createDatabaseIfMissing(String url, String user, String password)
      throws SQLException {
    if (answers(url, user, password)) {
      return;
    }
    String path = url.replaceFirst("\\?.*$", "");
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new SQLException("Refusing to create a database named " + name);
    }
    try (Connection connection = connect(adminUrl(url), user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "2");
    properties.setProperty("loginTimeout", "2");
    return DriverManager.getConnection(url, properties);
  }
}
