package hms.problems.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A request whose method HTTP does not define for this server is answered 501 {@code
 * method-not-implemented} before anything else looks at it (web.xml maps it right after the
 * telemetry filter). Anyone may send any token as a method, and the server's request metrics and
 * spans are labelled by it: without this, each invented method added series to {@code /metrics}
 * without bound. A known method a resource does not take stays JAX-RS's 405.
 */
public class KnownMethodsFilter extends HttpFilter {
  static final Set<String> KNOWN =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  // The container creates filters with their no-argument constructor: field injection.
  @Inject ServletProblems problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (KNOWN.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Allow", String.join(", ", KNOWN.stream().sorted().toList()));
    problems.write(
        request,
        response,
        new Problem(
            Problem.type("method-not-implemented"),
            "Not Implemented",
            501,
            "The method is not one this server implements: GET, HEAD, POST, PUT, PATCH, DELETE"
                + " or OPTIONS.",
            ServletProblems.instance(request.getRequestURI()),
            null,
            null));
  }
}
