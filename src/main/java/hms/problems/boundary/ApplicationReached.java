package hms.problems.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Marks a request that got past the server's authentication into the application, so that an error
 * page can tell the server's own failures (before any filter runs) from the application's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ApplicationReached extends HttpFilter {
  static final String ATTRIBUTE = ApplicationReached.class.getName();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    chain.doFilter(request, response);
  }
}
