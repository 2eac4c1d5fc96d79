package hms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hms.it.Answer;
import hms.it.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An address that has no page: a browser (which asks for HTML) gets the front end's 404 page with
 * status 404 and the page's own Content-Security-Policy; every other client, and every API path,
 * still gets the problem.
 */
class NotFoundPageIT {
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  @BeforeAll
  static void builtWithTheFrontEnd() {
    assumeFalse(Boolean.getBoolean("frontend.skip"), "built with -Dfrontend.skip");
  }

  private static Answer fromBrowser(String path) {
    return Api.send(Api.request(path).header("Accept", BROWSER).GET());
  }

  @Test
  void showsBrowsersThe404PageForAnUnknownAddress() {
    Answer page = fromBrowser("/no/such/page/");
    assertEquals(404, page.status(), page.body());
    assertTrue(
        page.header("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
    assertTrue(page.body().contains("Page not found"), page.body());
    assertTrue(
        page.header("Content-Security-Policy").orElse("").contains("script-src 'self' 'sha256-"),
        "the 404 page carries its policy: " + page.headers());
    assertEquals("no-store", page.header("Cache-Control").orElse(""));
  }

  @Test
  void answersOtherClientsWithTheProblem() {
    Api.get("/no/such/page/").assertProblem(404, "not-found");
    Api.send(Api.request("/no/such/page/").header("Accept", "application/json").GET())
        .assertProblem(404, "not-found");
  }

  @Test
  void neverAnswersAnApiPathWithThePage() {
    Answer api = fromBrowser("/api/no-such-resource");
    assertFalse(api.body().contains("Page not found"), api.body());
    Answer platform = fromBrowser("/platform/no-such-resource");
    assertFalse(platform.body().contains("Page not found"), platform.body());
  }
}
