package hms.problems.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters in query and path parameters before any resource runs (bodies are
 * checked where they are read, {@link MalformedBodyInterceptor}).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ControlCharacterFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getQueryParameters());
    check(request.getUriInfo().getPathParameters());
  }

  private static void check(Map<String, List<String>> parameters) {
    parameters.forEach(
        (name, values) -> values.forEach(value -> ControlCharacters.refuseIn(name, value)));
  }
}
