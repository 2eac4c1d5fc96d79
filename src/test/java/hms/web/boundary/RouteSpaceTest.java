package hms.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one rule between the API and the web front end: the API owns its prefixes, and no page of the
 * front end (src/main/frontend/src/app, App Router folders) lives under one of them, or the browser
 * would get the API's JSON where a person expects a screen.
 */
class RouteSpaceTest {
  private static final Path APP = Path.of("src/main/frontend/src/app");

  @Test
  void theApiOwnsItsPrefixesAndEverythingUnderThem() {
    for (String prefix : List.of("/api", "/auth", "/platform", "/health", "/openapi")) {
      assertTrue(FrontEndFilter.isApi(prefix), prefix);
      assertTrue(FrontEndFilter.isApi(prefix + "/"), prefix + "/");
      assertTrue(FrontEndFilter.isApi(prefix + "/x/y"), prefix + "/x/y");
      assertFalse(FrontEndFilter.isApi(prefix + "x"), prefix + "x is another path");
    }
  }

  @Test
  void reservesThePrefixesOfTheComingApis() {
    assertTrue(FrontEndFilter.isApi("/fhir/Patient/1"));
    assertTrue(FrontEndFilter.isApi("/metrics"));
  }

  @Test
  void noPageOfTheFrontEndSharesAPathWithTheApi() throws IOException {
    List<String> routes = routes();
    assertTrue(routes.contains("/signin/"), routes.toString());
    assertEquals(List.of(), routes.stream().filter(FrontEndFilter::isApi).toList());
  }

  /** Every page's path: its folders under app, without route groups, with the export's slash. */
  private static List<String> routes() throws IOException {
    try (Stream<Path> files = Files.walk(APP)) {
      return files
          .filter(f -> f.getFileName().toString().matches("page\\.(tsx|ts|jsx|js|mdx)"))
          .map(f -> APP.relativize(f.getParent()))
          .map(RouteSpaceTest::path)
          .sorted()
          .toList();
    }
  }

  private static String path(Path folder) {
    StringBuilder path = new StringBuilder("/");
    for (Path segment : folder) {
      String name = segment.toString();
      if (!name.isEmpty() && !(name.startsWith("(") && name.endsWith(")"))) {
        path.append(name).append('/');
      }
    }
    return path.toString();
  }
}
