package hms.openapi.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Paged lists as generated clients should see them. The scanner names the instances of the generic
 * {@code Page<T>} Page1, Page2...; they become {@code <Item>Page} (PatientPage, AppointmentPage).
 * The {@code page} and {@code size} query parameters become two reusable components.
 */
public final class PageSchemas {
  private static final String SCHEMAS = "#/components/schemas/";
  private static final List<String> PAGING = List.of("page", "size");

  private PageSchemas() {}

  public static void name(OpenAPI api) {
    Components components = api.getComponents();
    if (components.getSchemas() == null || api.getPaths() == null) {
      return;
    }
    Map<String, Schema> schemas = new HashMap<>(components.getSchemas());
    Map<String, String> renamed = new HashMap<>();
    operations(api)
        .forEach(
            op -> {
              if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().stream()
                    .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                    .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                    .forEach(media -> rename(media, schemas, renamed));
              }
              shareParameters(op, components);
            });
    // By name: the order the scanner meets operations in varies from build to build.
    renamed.values().stream()
        .sorted()
        .forEach(name -> components.addSchema(name, schemas.get(name)));
    renamed.keySet().forEach(components::removeSchema);
    components.removeSchema("Page");
  }

  private static void rename(
      MediaType media, Map<String, Schema> schemas, Map<String, String> renamed) {
    Schema schema = media.getSchema();
    if (schema == null
        || schema.getRef() == null
        || !schema.getRef().startsWith(SCHEMAS + "Page")) {
      return;
    }
    String generic = schema.getRef().substring(SCHEMAS.length());
    Schema page = schemas.get(generic);
    Schema items = page == null ? null : page.getProperties().get("items").getItems();
    if (items == null || items.getRef() == null) {
      return;
    }
    String item = items.getRef().substring(SCHEMAS.length());
    String name = item + "Page";
    if (!schemas.containsKey(name)) {
      Schema named =
          SchemaTypes.sameType(page, OASFactory.createSchema())
              .description("One page of " + item + " items.")
              .required(page.getRequired())
              .properties(page.getProperties());
      schemas.put(name, named);
    }
    renamed.put(generic, name);
    media.setSchema(OASFactory.createSchema().ref(name));
  }

  /** Inline page and size parameters become references to one component each. */
  private static void shareParameters(Operation op, Components components) {
    if (op.getParameters() == null) {
      return;
    }
    List<Parameter> parameters = new ArrayList<>(op.getParameters());
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p.getRef() == null && p.getIn() == Parameter.In.QUERY && PAGING.contains(p.getName())) {
        if (components.getParameters() == null
            || !components.getParameters().containsKey(p.getName())) {
          components.addParameter(
              p.getName(),
              OASFactory.createParameter()
                  .name(p.getName())
                  .in(Parameter.In.QUERY)
                  .description(
                      "page".equals(p.getName())
                          ? "The page to answer, from 0."
                          : "Items per page, 1 to 100.")
                  .schema(p.getSchema()));
        }
        parameters.set(i, OASFactory.createParameter().ref(p.getName()));
      }
    }
    op.setParameters(parameters);
  }

  static List<Operation> operations(OpenAPI api) {
    return api.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(Objects::nonNull)
        .toList();
  }
}
