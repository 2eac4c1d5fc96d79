package hms.idempotency.boundary;

import hms.idempotency.control.Idempotency;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The JAX-RS side of keeping an answer: the first answer's body written to bytes by the same writer
 * that would have sent it (and then sent as those bytes, so a replay is byte for byte the first
 * answer), and a failure to keep it turned into the problem its mapper answers.
 */
final class AnswerCapture {
  private static final String CREATED = "201";

  private AnswerCapture() {}

  /** Whether the resource method creates a resource: its contract declares a 201. */
  static boolean creates(Method method) {
    if (method == null) {
      return false;
    }
    APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
    return (schema != null && CREATED.equals(schema.responseCode()))
        || Arrays.stream(method.getAnnotationsByType(APIResponse.class))
            .anyMatch(r -> CREATED.equals(r.responseCode()));
  }

  static Idempotency.Answer answer(Providers providers, ContainerResponseContext response) {
    byte[] body = null;
    String contentType = null;
    if (response.hasEntity()) {
      MediaType type = response.getMediaType();
      body = write(providers, response, type);
      response.setEntity(body, response.getEntityAnnotations(), type);
      contentType = type.toString();
    }
    return new Idempotency.Answer(
        response.getStatus(),
        response.getHeaderString(HttpHeaders.LOCATION),
        response.getHeaderString(HttpHeaders.ETAG),
        contentType,
        body);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static byte[] write(
      Providers providers, ContainerResponseContext response, MediaType type) {
    Object entity = response.getEntity();
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            response.getEntityClass(),
            response.getEntityType(),
            response.getEntityAnnotations(),
            type);
    if (writer == null) {
      throw new IllegalStateException("No writer for " + response.getEntityClass() + " " + type);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.writeTo(
          entity,
          response.getEntityClass(),
          response.getEntityType(),
          response.getEntityAnnotations(),
          type,
          response.getHeaders(),
          out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The work or its commit failed after the resource answered: the answer becomes what the
   * failure's mapper says (503 for an outage, 500 otherwise), without the success's headers.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void replaceWithProblem(
      Providers providers, ContainerResponseContext response, Exception failure) {
    ExceptionMapper mapper = providers.getExceptionMapper(failure.getClass());
    Response problem = mapper.toResponse(failure);
    response.getHeaders().clear();
    problem.getHeaders().forEach((name, values) -> response.getHeaders().addAll(name, values));
    response.setStatus(problem.getStatus());
    response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
  }
}
