package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Request bodies are read as sent: a {@code Content-Encoding} other than {@code identity} is
 * refused with 415 before anything reads the body. Liberty inflated gzip and deflate by itself and
 * answered a body that was not what its header said with a 500; WildFly passes the bytes on as they
 * are. No client of this API compresses its bodies (the largest is 1 MiB, {@link RequestBodies}),
 * and a compressed body is also the way to a decompression bomb.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ContentEncodingFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    for (String coding :
        request.getHeaders().getOrDefault(HttpHeaders.CONTENT_ENCODING, List.of())) {
      if (!coding.strip().equalsIgnoreCase("identity")) {
        throw new ProblemException(
            Response.Status.UNSUPPORTED_MEDIA_TYPE,
            "unsupported-content-encoding",
            "Unsupported Content Encoding",
            "Send the request body as it is, without a Content-Encoding (or with identity).");
      }
    }
  }
}
