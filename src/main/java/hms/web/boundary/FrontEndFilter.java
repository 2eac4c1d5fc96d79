package hms.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Serves the web front end (the Next.js static export in the WAR's {@code /app}) from the API's own
 * origin: the REST application owns the root path, so GETs for anything outside the API's prefixes
 * are answered here from the exported files, with {@code index.html} for a directory. Hashed build
 * assets are cached for a year. Every other answer, the pages and everything the API says (patient
 * data, tokens, errors, whoever writes them: a resource, a mapper, the container), is {@code
 * no-store}: set here before anything else runs, so no cache on the way or in the browser keeps it.
 * Each page carries its {@link ContentSecurityPolicy}, with the hashes of its inline code that the
 * front end's build wrote next to the export ({@code WEB-INF/csp/hashes.json}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FrontEndFilter extends HttpFilter {
  static final String ROOT = "/app";

  /**
   * The route space of the API (and of the server's own consoles): a path equal to one of these or
   * under it is never a page. The one rule between API and front end: no page of the front end
   * lives under one of these ({@code RouteSpaceTest} checks the front end's folders), including the
   * server's own ({@code /metrics}: Liberty's metrics endpoint) and the one reserved for what is
   * coming ({@code /fhir}).
   */
  private static final List<String> API =
      List.of("/api", "/auth", "/platform", "/openapi", "/health", "/fhir", "/metrics", "/ibm");

  private static final Pattern SAFE = Pattern.compile("^(/[A-Za-z0-9._-]+)*/?$");
  private static final String HASHES = "/WEB-INF/csp/hashes.json";
  private static final String NOT_FOUND = ROOT + "/404.html";
  private static final Logger LOG = Logger.getLogger(FrontEndFilter.class.getName());

  // The container creates filters with their no-argument constructor: field injection.
  @Inject ContentSecurityPolicy policy;

  private Map<String, PageHashes> hashes = Map.of();

  @Override
  public void init() throws ServletException {
    try (InputStream manifest = getServletContext().getResourceAsStream(HASHES)) {
      if (manifest == null) {
        // Pages without their hashes (an export older than the hashing) would lose their scripts.
        if (getServletContext().getResource(ROOT + "/index.html") != null) {
          LOG.warning(HASHES + " is missing: the front end's pages allow no inline script");
        }
        return;
      }
      hashes = PageHashes.read(manifest);
    } catch (IOException e) {
      throw new ServletException("cannot read " + HASHES, e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!read || isApi(path)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> file = file(path);
    if (file.isEmpty()
        && asksForPage(request)
        && getServletContext().getResource(NOT_FOUND) != null) {
      // A person following a dead link sees the front end's 404 page, not a problem document.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      serve(NOT_FOUND, false, request, response);
      return;
    }
    if (file.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    serve(file.get(), path.startsWith("/_next/static/"), request, response);
  }

  /** Whether the path is the API's: the route space pages never share. */
  static boolean isApi(String path) {
    return API.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  /** A browser's navigation: it asks for HTML; scripts, API clients and tools do not. */
  private static boolean asksForPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  /** The exported file for the path, if one exists; nothing outside the export is reachable. */
  private Optional<String> file(String path) throws IOException {
    if (!SAFE.matcher(path).matches() || path.contains("..")) {
      return Optional.empty();
    }
    // The export's files all have an extension; a path without one is a page's directory (the
    // container would also "find" the directory itself, as an empty resource).
    String last = path.substring(path.lastIndexOf('/') + 1);
    String candidate =
        last.contains(".")
            ? ROOT + path
            : ROOT + path + (path.endsWith("/") ? "" : "/") + "index.html";
    return getServletContext().getResource(candidate) != null
        ? Optional.of(candidate)
        : Optional.empty();
  }

  private void serve(
      String file, boolean immutable, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    URL resource = getServletContext().getResource(file);
    String type = getServletContext().getMimeType(file);
    response.setContentType(type == null ? "application/octet-stream" : type);
    if (file.endsWith(".html")) {
      response.setCharacterEncoding("UTF-8");
      PageHashes page = hashes.getOrDefault(file.substring(ROOT.length()), PageHashes.NONE);
      response.setHeader("Content-Security-Policy", policy.forPage(page));
    }
    if (immutable) {
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    try (InputStream in = resource.openStream()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
