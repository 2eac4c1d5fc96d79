package hms.problems.boundary;

import hms.problems.entity.FieldError;
import hms.problems.entity.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Bean Validation failures of request bodies and parameters: 400 with one entry per field. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            // Two constraints of a field that say the same (a name's pattern and its visible text)
            // are one entry.
            .distinct()
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.answer(
            Response.Status.BAD_REQUEST,
            ProblemException.VALIDATION_SLUG,
            ProblemException.VALIDATION_TITLE,
            ProblemException.VALIDATION_DETAIL,
            request,
            errors)
        .build();
  }

  /**
   * The field as the client named it: the path below the method parameter ({@code email}, {@code
   * address.city}), a query, path or header parameter by its name, or {@code body} when the whole
   * body is missing.
   */
  static String field(ConstraintViolation<?> violation) {
    String below = field(violation.getPropertyPath());
    return below.isEmpty()
        ? RequestParameters.name(violation.getRootBeanClass(), violation.getPropertyPath())
            .orElse("body")
        : below;
  }

  static String field(Path path) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : path) {
      if (!BELOW_THE_BODY.contains(node.getKind())) {
        continue;
      }
      // A node in a list carries the index of the element it is in: diagnoses[0].code.
      if (node.isInIterable() && !name.isEmpty()) {
        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        name.append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        name.append(name.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return name.toString();
  }

  private static final Set<ElementKind> BELOW_THE_BODY =
      EnumSet.of(ElementKind.PROPERTY, ElementKind.CONTAINER_ELEMENT, ElementKind.BEAN);
}
