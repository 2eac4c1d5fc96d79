package hms.problems.boundary;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The name a client gave a refused resource method parameter ({@code ?actor=}, {@code {id}}, a
 * header): Bean Validation names it {@code arg0}, the JAX-RS annotation names it as sent.
 */
final class RequestParameters {
  private RequestParameters() {}

  static Optional<String> name(Class<?> resource, Path path) {
    Path.MethodNode method = null;
    Path.ParameterNode parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.as(Path.ParameterNode.class);
      }
    }
    if (method == null || parameter == null || resource == null) {
      return Optional.empty();
    }
    Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
    // The root bean may be the container's subclass of the resource: look up the hierarchy.
    for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
      try {
        Method declared = type.getDeclaredMethod(method.getName(), types);
        return named(declared.getParameterAnnotations()[parameter.getParameterIndex()]);
      } catch (NoSuchMethodException e) {
        // Not declared here; the superclass may.
      }
    }
    return Optional.empty();
  }

  static Optional<String> named(Annotation[] annotations) {
    if (annotations == null) {
      // RESTEasy asks with none when it writes a response header that is no String (an ETag).
      return Optional.empty();
    }
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return Optional.of(q.value());
      } else if (a instanceof PathParam p) {
        return Optional.of(p.value());
      } else if (a instanceof HeaderParam h) {
        return Optional.of(h.value());
      } else if (a instanceof FormParam f) {
        return Optional.of(f.value());
      } else if (a instanceof CookieParam c) {
        return Optional.of(c.value());
      } else if (a instanceof MatrixParam m) {
        return Optional.of(m.value());
      }
    }
    return Optional.empty();
  }
}
