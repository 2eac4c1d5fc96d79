package hms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hms.it.Answer;
import hms.it.Api;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front end's pages carry a Content-Security-Policy that allows their own inline code by hash
 * and nothing else inline, keeps them out of frames, and lets the browser talk to the API's origin
 * and the object store only. The browser test (FrontEndIT) runs the screens under this policy.
 */
class ContentSecurityPolicyIT {
  /** Public and signed-in screens, and Next's own not-found page (inline styles too). */
  private static final List<String> PAGES =
      List.of("/", "/signin/", "/patients/view/", "/records/edit/", "/admin/audit/", "/404.html");

  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script\\b([^>]*)>([\\s\\S]*?)</script>", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE_ELEMENT =
      Pattern.compile("<style\\b[^>]*>([\\s\\S]*?)</style>", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE_ATTRIBUTE =
      Pattern.compile("<[a-z][^>]*?\\sstyle=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  @BeforeAll
  static void theWarCarriesTheFrontEnd() {
    // A WAR built with -Dfrontend.skip on a clean tree has no pages to test.
    assumeTrue(Api.get("/signin/").status() == 200, "the WAR carries no front end");
  }

  @Test
  void everyPageAllowsExactlyItsOwnInlineScriptsByHash() {
    for (String path : PAGES) {
      Answer page = page(path);
      Set<String> scriptSrc = policy(page).get("script-src");
      Set<String> inline = new TreeSet<>();
      Matcher script = INLINE_SCRIPT.matcher(page.body());
      while (script.find()) {
        if (!script.group(1).contains("src=")) {
          inline.add(sha256(script.group(2)));
        }
      }
      assertFalse(inline.isEmpty(), path + " has inline scripts (Next's export does)");
      Set<String> expected = new TreeSet<>(inline);
      expected.add("'self'");
      assertEquals(expected, scriptSrc, path + ": 'self' and the hash of each inline script");
    }
  }

  @Test
  void inlineStylesAreAllowedByHashNotWholesale() {
    for (String path : PAGES) {
      Answer page = page(path);
      Set<String> styleSrc = policy(page).get("style-src");
      assertTrue(styleSrc.contains("'self'"), path + " " + styleSrc);
      assertFalse(styleSrc.contains("'unsafe-inline'"), path + " " + styleSrc);
      Matcher element = STYLE_ELEMENT.matcher(page.body());
      while (element.find()) {
        assertTrue(styleSrc.contains(sha256(element.group(1))), path + ": " + element.group());
      }
      Matcher attribute = STYLE_ATTRIBUTE.matcher(page.body());
      while (attribute.find()) {
        assertTrue(styleSrc.contains("'unsafe-hashes'"), path + " " + styleSrc);
        assertTrue(
            styleSrc.contains(sha256(unescape(attribute.group(1)))),
            path + ": " + attribute.group(1));
      }
    }
  }

  @Test
  void framingPluginsBaseUrlsAndFormTargetsAreLockedDown() {
    for (String path : PAGES) {
      Answer page = page(path);
      Map<String, Set<String>> policy = policy(page);
      assertEquals(Set.of("'self'"), policy.get("default-src"), path);
      assertEquals(Set.of("'none'"), policy.get("frame-ancestors"), path);
      assertEquals(Set.of("'none'"), policy.get("object-src"), path);
      assertEquals(Set.of("'self'"), policy.get("base-uri"), path);
      assertEquals(Set.of("'self'"), policy.get("form-action"), path);
      String header = page.header("Content-Security-Policy").orElseThrow();
      for (String loose : List.of("'unsafe-inline'", "'unsafe-eval'", "'nonce-", "*", "data:")) {
        assertFalse(header.contains(loose), path + " allows " + loose + ": " + header);
      }
    }
  }

  @Test
  void theObjectStoreIsAllowedForConnectionsOnly() {
    URI s3 = URI.create(Api.stack("s3.endpoint"));
    String origin =
        s3.getScheme() + "://" + s3.getHost() + (s3.getPort() < 0 ? "" : ":" + s3.getPort());
    for (String path : PAGES) {
      Map<String, Set<String>> policy = policy(page(path));
      assertEquals(Set.of("'self'", origin), policy.get("connect-src"), path);
      policy.forEach(
          (directive, sources) ->
              assertTrue(
                  directive.equals("connect-src") || !sources.contains(origin),
                  path + ": " + directive + " names the object store"));
    }
  }

  private static Answer page(String path) {
    Answer page = Api.get(path);
    assertEquals(200, page.status(), path);
    assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), path);
    return page;
  }

  /** The header's directives, each with its sources; one header, no directive twice. */
  private static Map<String, Set<String>> policy(Answer page) {
    List<String> headers = page.headers().allValues("Content-Security-Policy");
    assertEquals(1, headers.size(), "one Content-Security-Policy header: " + page.headers());
    Map<String, Set<String>> directives = new LinkedHashMap<>();
    for (String directive : headers.get(0).split(";")) {
      String[] words = directive.trim().split("\\s+");
      Set<String> sources =
          Arrays.stream(words).skip(1).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(null, directives.put(words[0], sources), "twice: " + words[0]);
    }
    return directives;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An attribute's value as the browser hashes it (the entities Next's HTML uses). */
  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
