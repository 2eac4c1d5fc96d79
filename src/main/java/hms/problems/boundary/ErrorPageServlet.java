package hms.problems.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors the server itself answers before the application runs (web.xml's error pages): a refusal
 * of the servlet container's own gets the same problem+json as every other error, not the server's
 * HTML page.
 */
@WebServlet("/errors/problem")
public class ErrorPageServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  // The container creates servlets with their no-argument constructor: field injection.
  @Inject ServletProblems problems;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : response.getStatus();
    WebApplicationExceptionMapper.Kind kind = WebApplicationExceptionMapper.kind(status);
    Response.StatusType reason = Response.Status.fromStatusCode(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status == 500) {
      LOG.log(
          Level.SEVERE,
          "Server error before the application",
          (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }
    if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    problems.write(
        request,
        response,
        new Problem(
            Problem.type(kind.slug()),
            reason == null ? "Error" : reason.getReasonPhrase(),
            status,
            kind.detail(),
            ServletProblems.instance(uri),
            null,
            null));
  }
}
