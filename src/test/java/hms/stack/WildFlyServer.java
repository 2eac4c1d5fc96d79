package hms.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WildFly server {@code mvn -Pwildfly} provisioned under target/wildfly/server (modules, data
 * sources and MicroProfile JWT from src/main/wildfly, the WAR deployed), started with the same
 * environment as Liberty. Its log goes to the stack's data directory.
 */
final class WildFlyServer implements AppServer {
  private static final String CONFIG = "standalone-microprofile.xml";
  private final Path home;
  private final Path logDir;
  private final Path scriptLog;
  private final int managementPort;
  private final int httpsPort;
  private Process process;

  WildFlyServer(StackSettings settings, Path logs) throws IOException {
    this.home = settings.wildflyHome();
    this.logDir = settings.dataDir().resolve("wildfly");
    this.scriptLog = logs.resolve("wildfly-script.log");
    this.managementPort = settings.managementPort();
    this.httpsPort = settings.httpPort() + 363;
    if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
      throw new IOException(home + " has no WildFly: run mvn -Pwildfly package first");
    }
  }

  @Override
  public Path messages() {
    return logDir.resolve("server.log");
  }

  @Override
  public void start(Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    Files.createDirectories(scriptLog.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/standalone.sh").toString(),
                    "-c",
                    CONFIG,
                    // The micrometer subsystem's Prometheus registry (src/main/wildfly).
                    "--stability=community",
                    "-Djboss.server.log.dir=" + logDir))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(scriptLog.toFile()));
    builder.environment().putAll(env);
    // WildFly refuses an empty password; without the variable, its placeholder default applies.
    if (env.getOrDefault("DB_PASSWORD", "").isEmpty()) {
      builder.environment().remove("DB_PASSWORD");
    }
    builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
    builder.environment().put("HTTPS_PORT", Integer.toString(httpsPort));
    // The same heap bound as Liberty's jvm.options.
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx384m -Djava.net.preferIPv4Stack=true");
    process = builder.start();
  }

  @Override
  public void stop() throws IOException, InterruptedException {
    if (process == null) {
      return;
    }
    new ProcessBuilder(
            List.of(
                home.resolve("bin/jboss-cli.sh").toString(),
                "--connect",
                "--controller=127.0.0.1:" + managementPort,
                "--command=:shutdown"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(scriptLog.toFile()))
        .start()
        .waitFor(30, TimeUnit.SECONDS);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    process = null;
  }
}
