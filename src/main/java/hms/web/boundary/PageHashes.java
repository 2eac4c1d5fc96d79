package hms.web.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hashes of one exported page's inline code, as the front end's build wrote them ({@code
 * src/main/frontend/scripts/csp-hashes.mjs}): its inline scripts, its {@code <style>} elements
 * (with those components render at run time) and its {@code style} attributes, each as a CSP source
 * ({@code 'sha256-...'}).
 */
record PageHashes(List<String> scripts, List<String> styles, List<String> styleAttributes) {
  static final PageHashes NONE = new PageHashes(List.of(), List.of(), List.of());

  /** The manifest: each page's file under the export's root ({@code /signin/index.html}). */
  static Map<String, PageHashes> read(InputStream manifest) {
    try (JsonReader reader = Json.createReader(manifest)) {
      return reader.readObject().entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  Map.Entry::getKey, e -> of(e.getValue().asJsonObject())));
    }
  }

  private static PageHashes of(JsonObject page) {
    return new PageHashes(
        sources(page, "script"), sources(page, "style"), sources(page, "styleAttribute"));
  }

  private static List<String> sources(JsonObject page, String kind) {
    return page.getJsonArray(kind).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .peek(PageHashes::checkHash)
        .toList();
  }

  /** Only hashes go into the header: the manifest cannot widen the policy by accident. */
  private static void checkHash(String source) {
    if (!source.matches("'sha256-[A-Za-z0-9+/]{43}='")) {
      throw new IllegalArgumentException("not a sha256 source in the CSP manifest: " + source);
    }
  }
}
