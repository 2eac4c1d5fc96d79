package hms.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Liberty server the build created under target/liberty, driven by its own script. Each stack
 * gets its own output directory (logs, workarea), so the local run and the integration tests' stack
 * can run side by side from the same server configuration.
 */
final class LibertyServer implements AppServer {
  private static final String SERVER = "hms";
  private final Path script;
  private final Path outputDir;
  private final Path log;

  LibertyServer(StackSettings settings, Path logs) throws IOException {
    this.script = settings.targetDir().resolve("liberty/wlp/bin/server");
    this.outputDir = settings.dataDir().resolve("liberty");
    this.log = logs.resolve("liberty-script.log");
    if (!Files.isExecutable(script)) {
      throw new IOException(script + " is missing: run the build's package phase first");
    }
  }

  @Override
  public Path messages() {
    return outputDir.resolve(SERVER).resolve("logs").resolve("messages.log");
  }

  @Override
  public void start(Map<String, String> env) throws IOException, InterruptedException {
    // A server left running by an interrupted earlier run would keep its old settings.
    run("stop", Map.of());
    if (run("start", env) != 0) {
      throw new IOException("Liberty did not start; see " + log + " and " + messages());
    }
  }

  @Override
  public void stop() throws IOException, InterruptedException {
    run("stop", Map.of());
  }

  private int run(String action, Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(List.of(script.toString(), action, SERVER))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("WLP_OUTPUT_DIR", outputDir.toString());
    return builder.start().waitFor();
  }
}
