package hms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served contract against its reviewed snapshot (docs/openapi.yaml) and against Spectral's
 * OpenAPI rules plus ours (src/test/openapi/spectral.yaml): any change is a visible diff, and a
 * document a client generator would stumble over fails the build.
 */
class ContractIT {
  private static final Path SNAPSHOT = Path.of("docs/openapi.yaml");
  private static final Path SERVED = Path.of("target/openapi/served.yaml");

  @BeforeAll
  static void saveTheServedDocument() throws IOException {
    Answer answer = Api.get("/openapi");
    assertEquals(200, answer.status());
    Files.createDirectories(SERVED.getParent());
    Files.writeString(SERVED, answer.body(), StandardCharsets.UTF_8);
  }

  @Test
  void theServedDocumentIsTheReviewedSnapshot() throws IOException {
    JsonNode served = Yaml.mapper().readTree(SERVED.toFile());
    JsonNode snapshot = Yaml.mapper().readTree(SNAPSHOT.toFile());
    if (!served.equals(snapshot)) {
      fail(
          "The contract changed. Review `diff "
              + SNAPSHOT
              + " "
              + SERVED
              + "`, then commit it: `cp "
              + SERVED
              + " "
              + SNAPSHOT
              + "` (the generated client follows the snapshot).");
    }
  }

  @Test
  void theVersionIsTheProjects() throws IOException {
    JsonNode served = Yaml.mapper().readTree(SERVED.toFile());
    assertEquals(
        System.getProperty("project.version"), served.path("info").path("version").asText());
  }

  @Test
  void publicOperationsAndProbesNeedNoToken() throws IOException {
    JsonNode paths = Yaml.mapper().readTree(SERVED.toFile()).path("paths");
    for (String path :
        new String[] {
          "/auth/signin", "/auth/signup", "/health/ready", "/health/live", "/openapi"
        }) {
      JsonNode operation = paths.path(path).elements().next();
      assertTrue(operation.path("security").isArray(), path);
      assertEquals(0, operation.path("security").size(), path + " security is explicitly empty");
    }
  }

  @Test
  void spectralFindsNothing() throws IOException, InterruptedException {
    Process spectral =
        new ProcessBuilder(
                "node",
                "src/test/stack/node_modules/@stoplight/spectral-cli/dist/index.js",
                "lint",
                "--ruleset",
                "src/test/openapi/spectral.yaml",
                "--fail-severity",
                "warn",
                SERVED.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(spectral.waitFor(2, TimeUnit.MINUTES), "spectral finished");
    assertEquals(0, spectral.exitValue(), output);
  }
}
