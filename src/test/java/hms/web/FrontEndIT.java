package hms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hms.it.Answer;
import hms.it.Api;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web front end as the WAR serves it, and the browser journeys per role in headless Chromium
 * (src/main/frontend/e2e) against the stack the build started.
 */
class FrontEndIT {
  @BeforeAll
  static void builtWithTheFrontEnd() {
    assumeFalse(Boolean.getBoolean("frontend.skip"), "built with -Dfrontend.skip");
  }

  @Test
  void servesThePagesFromTheApisOrigin() {
    Answer root = Api.get("/");
    assertEquals(200, root.status());
    assertTrue(
        root.header("Content-Type").orElse("").startsWith("text/html"), root.headers().toString());
    assertEquals("no-store", root.header("Cache-Control").orElse(""));
    assertEquals("DENY", root.header("X-Frame-Options").orElse(""));
    Answer page = Api.get("/patients/view/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<title>Hospital Management</title>"), page.body());
    Answer signIn = Api.get("/signin");
    assertEquals(200, signIn.status(), "a directory without its slash");
    assertTrue(signIn.body().contains("<title>Hospital Management</title>"), signIn.body());
    Api.get("/no/such/page/").assertProblem(404, "not-found");
    Api.get("/_next").assertProblem(404, "not-found");
    // The container itself refuses WEB-INF, before any filter.
    Answer hidden = Api.get("/WEB-INF/beans.xml");
    assertEquals(404, hidden.status());
    assertTrue(!hidden.body().contains("<beans"), hidden.body());
    Api.get("/api/patients").assertProblem(401, "unauthorized");
  }

  @Test
  void theHospitalsScreenHasItsOwnPathOutsideTheApi() {
    Answer hospitals = Api.get("/hospitals/");
    assertEquals(200, hospitals.status());
    assertTrue(hospitals.body().contains("<title>Hospital Management</title>"), hospitals.body());
    // The platform's API path answers as the API, never with a page.
    Api.get("/platform/tenants/").assertProblem(401, "unauthorized");
  }

  @Test
  void hashedAssetsAreCachedForAYear() {
    Matcher asset =
        Pattern.compile("/_next/static/[A-Za-z0-9/_.-]+\\.js").matcher(Api.get("/signin/").body());
    assertTrue(asset.find(), "the page names its scripts");
    Answer script = Api.get(asset.group());
    assertEquals(200, script.status());
    assertEquals("public, max-age=31536000, immutable", script.header("Cache-Control").orElse(""));
  }

  /**
   * The browser journeys per role (src/main/frontend/e2e/journeys, Playwright Test in Debian's
   * Chromium): each asserts what the person sees, runs axe at desktop and phone width on every
   * screen it visits and saves screenshots under target/screenshots.
   */
  @Test
  void theRoleJourneysInABrowser() throws IOException, InterruptedException {
    ProcessBuilder journeys =
        new ProcessBuilder(
                "node",
                "node_modules/@playwright/test/cli.js",
                "test",
                "--config",
                "e2e/playwright.config.mjs")
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true);
    journeys.environment().put("BASE_URL", Api.stack("base.url"));
    journeys.environment().put("COGNITO_CODE", Api.stack("cognito.code"));
    journeys.environment().put("ADMIN_EMAIL", Api.stack("admin.email"));
    journeys.environment().put("ADMIN_PASSWORD", Api.stack("admin.password"));
    journeys.environment().put("SCREENSHOTS", new File("target/screenshots").getAbsolutePath());
    journeys.environment().put("E2E_RESULTS", new File("target/e2e-results").getAbsolutePath());
    journeys.environment().put("CI", "true");
    Process run = journeys.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the journeys finished within ten minutes");
    System.out.println(output);
    assertEquals(0, run.exitValue(), output);
    assertTrue(output.matches("(?s).*\\d+ passed.*"), output);
  }
}
