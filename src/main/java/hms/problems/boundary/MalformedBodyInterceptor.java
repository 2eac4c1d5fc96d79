package hms.problems.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that is not JSON, or not of the expected shape, is the client's fault: 400. The
 * check sits around reading the request only, so a failure writing a response stays a 500.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "malformed-body",
          "Malformed Request Body",
          "The request body is not JSON of the expected shape.");
    }
  }
}
