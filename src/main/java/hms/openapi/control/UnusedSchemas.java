package hms.openapi.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Drops schema components no operation reaches (the scanner registers some classes it only passes
 * by, such as a {@code @BeanParam} of a CSV operation), so that generated clients carry no dead
 * models.
 */
public final class UnusedSchemas {
  private static final String PREFIX = "#/components/schemas/";

  private UnusedSchemas() {}

  public static void drop(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Deque<Schema> pending = new ArrayDeque<>();
    PageSchemas.operations(api).forEach(op -> roots(op).forEach(pending::add));
    if (api.getComponents().getParameters() != null) {
      api.getComponents().getParameters().values().stream()
          .map(Parameter::getSchema)
          .filter(Objects::nonNull)
          .forEach(pending::add);
    }
    Set<String> used = new HashSet<>();
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(PREFIX.length());
        if (used.add(name) && schemas.containsKey(name)) {
          pending.push(schemas.get(name));
        }
        continue;
      }
      children(schema).forEach(pending::push);
    }
    schemas.keySet().stream()
        .filter(name -> !used.contains(name))
        .toList()
        .forEach(api.getComponents()::removeSchema);
  }

  private static Stream<Schema> roots(Operation op) {
    Stream<Schema> parameters =
        op.getParameters() == null
            ? Stream.empty()
            : op.getParameters().stream().map(Parameter::getSchema);
    Stream<Content> contents =
        Stream.concat(
            op.getRequestBody() == null
                ? Stream.empty()
                : Stream.of(op.getRequestBody().getContent()),
            op.getResponses() == null || op.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : op.getResponses().getAPIResponses().values().stream().map(r -> r.getContent()));
    Stream<Schema> bodies =
        contents
            .filter(c -> c != null && c.getMediaTypes() != null)
            .flatMap(c -> c.getMediaTypes().values().stream())
            .map(MediaType::getSchema);
    return Stream.concat(parameters, bodies).filter(Objects::nonNull);
  }

  private static Stream<Schema> children(Schema schema) {
    Stream<Schema> properties =
        schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
    Stream<Schema> composed =
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
            .filter(Objects::nonNull)
            .flatMap(List::stream);
    Stream<Schema> single =
        Stream.of(schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema());
    return Stream.concat(Stream.concat(properties, composed), single).filter(Objects::nonNull);
  }
}
