package hms.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {
  private static final String A = "'sha256-" + "A".repeat(43) + "='";
  private static final String B = "'sha256-" + "B".repeat(43) + "='";
  private static final String C = "'sha256-" + "C".repeat(43) + "='";

  @Test
  void aPageWithoutInlineStylesGetsNoStyleHashes() {
    ContentSecurityPolicy policy =
        connectingTo("https://hms-files.s3.eu-west-1.amazonaws.com/x/y?z=1");
    assertEquals(
        "default-src 'self'; script-src 'self' "
            + A
            + "; style-src 'self'; connect-src 'self' https://hms-files.s3.eu-west-1.amazonaws.com;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        policy.forPage(new PageHashes(List.of(A), List.of(), List.of())));
  }

  @Test
  void styleAttributesAreAllowedByTheirHashesOnly() {
    String header =
        connectingTo("http://127.0.0.1:9090")
            .forPage(new PageHashes(List.of(A), List.of(B), List.of(C)));
    assertEquals(
        "default-src 'self'; script-src 'self' "
            + A
            + "; style-src 'self' "
            + B
            + " 'unsafe-hashes' "
            + C
            + "; connect-src 'self' http://127.0.0.1:9090; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'",
        header);
  }

  @Test
  void readsTheManifestAndRefusesAnythingButHashes() {
    String manifest =
        "{\"/signin/index.html\": {\"script\": [\"%s\"], \"style\": [], \"styleAttribute\": [\"%s\"]}}"
            .formatted(A, C);
    assertEquals(
        Map.of("/signin/index.html", new PageHashes(List.of(A), List.of(), List.of(C))),
        PageHashes.read(stream(manifest)));
    String widened =
        "{\"/index.html\": {\"script\": [\"'unsafe-inline'\"], \"style\": [], \"styleAttribute\": []}}";
    assertThrows(IllegalArgumentException.class, () -> PageHashes.read(stream(widened)));
  }

  @Test
  void refusesARelativeConnectSource() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContentSecurityPolicy().allowConnectionsTo(URI.create("/upload")));
  }

  private static ContentSecurityPolicy connectingTo(String url) {
    ContentSecurityPolicy policy = new ContentSecurityPolicy();
    policy.allowConnectionsTo(URI.create(url));
    return policy;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
