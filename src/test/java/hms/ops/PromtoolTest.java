package hms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' own checker over the rules, their unit tests and the dashboard's queries. promtool
 * comes with Debian's {@code prometheus} package, which .ci/run installs: without it this test is
 * skipped on a developer's machine and fails in CI ({@code CI=true}).
 */
class PromtoolTest {
  private static final Path WORK = Path.of("target/ops");
  private static Path promtool;

  @BeforeAll
  static void findPromtool() {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "promtool"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail("promtool is not on the PATH: .ci/run installs Debian's prometheus package for it");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "promtool is not installed (apt-get install prometheus): the rules and the dashboard's"
            + " queries were NOT checked by promtool");
    promtool = found.get();
  }

  @Test
  void theRulesPassPromtoolsCheck() {
    Result result = promtool("check", "rules", OpsFiles.RULES.toString());
    assertEquals(0, result.exit(), result.output());
  }

  @Test
  void theAlertsFireAsTheirUnitTestsSay() {
    Result result = promtool("test", "rules", OpsFiles.RULE_TESTS.toString());
    assertEquals(0, result.exit(), result.output());
  }

  @Test
  void theDashboardsQueriesAreValidPromQl() throws IOException {
    // promtool checks expressions inside rule files: each query becomes a recording rule, with
    // Grafana's variables given values a Prometheus would see.
    List<String> lines = new ArrayList<>(List.of("groups:", "  - name: dashboard", "    rules:"));
    int n = 0;
    for (var query : OpsFiles.dashboardQueries().entrySet()) {
      if (query.getKey().startsWith("variable ")) {
        continue;
      }
      String expression =
          query
              .getValue()
              .replace("$__rate_interval", "5m")
              .replace("$job", "hms")
              .replace("$instance", ".*");
      lines.add("      - record: dashboard_query_" + ++n);
      lines.add("        # " + query.getKey());
      lines.add("        expr: '" + expression.replace("'", "''") + "'");
    }
    Files.createDirectories(WORK);
    Path rules = Files.write(WORK.resolve("dashboard-queries.yaml"), lines);
    Result result = promtool("check", "rules", rules.toString());
    assertEquals(0, result.exit(), result.output());
  }

  /** The checks above can fail: promtool refuses an expression that does not parse. */
  @Test
  void promtoolRefusesABrokenExpression() throws IOException {
    Files.createDirectories(WORK);
    Path broken =
        Files.writeString(
            WORK.resolve("broken.yaml"),
            "groups:\n  - name: broken\n    rules:\n      - record: broken\n        expr: sum(up\n");
    Result result = promtool("check", "rules", broken.toString());
    assertNotEquals(0, result.exit(), result.output());
  }

  private record Result(int exit, String output) {}

  private static Result promtool(String... arguments) {
    List<String> command = new ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("promtool did not finish: " + command);
      }
      return new Result(process.exitValue(), String.join(" ", command) + "\n" + output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
