package hms.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The Content-Security-Policy of the front end's pages. Scripts and styles come from this origin;
 * the export's inline scripts and styles are allowed by the hashes its build computed per page (the
 * pages are static, so there is no nonce to give and no need for {@code 'unsafe-inline'}); the
 * browser connects to this origin and to the origins features declare (the object store that takes
 * presigned uploads); nothing may frame a page, load plugins, rebase its URLs or post a form
 * elsewhere.
 */
@ApplicationScoped
public class ContentSecurityPolicy {
  private final Set<String> connectOrigins = new CopyOnWriteArraySet<>();

  /** The browser may send requests (fetch, XHR) to this URL's origin. */
  public void allowConnectionsTo(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException("not an absolute URL: " + url);
    }
    connectOrigins.add(
        url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()));
  }

  /** The header for a page with these inline scripts and styles. */
  String forPage(PageHashes page) {
    List<String> styles = new ArrayList<>(page.styles());
    if (!page.styleAttributes().isEmpty()) {
      // Hashes cover style attributes only with this keyword (CSP Level 3); still exactly these.
      styles.add("'unsafe-hashes'");
      styles.addAll(page.styleAttributes());
    }
    return String.join(
        "; ",
        "default-src 'self'",
        directive("script-src", page.scripts()),
        directive("style-src", styles),
        directive("connect-src", List.copyOf(connectOrigins)),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  private static String directive(String name, List<String> sources) {
    return name + " 'self'" + (sources.isEmpty() ? "" : " " + String.join(" ", sources));
  }
}
