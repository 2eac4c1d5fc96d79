package hms.openapi.control;

import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A schema's type, on either MicroProfile OpenAPI: 3.1 (Open Liberty's mpOpenAPI-3.1) has one
 * {@code type(SchemaType)}, 4.x (WildFly) a list with {@code addType} and no single-type method.
 * The filter is compiled against 3.1, so the calls that differ go through here.
 */
final class SchemaTypes {
  private SchemaTypes() {}

  static Schema typed(Schema schema, Schema.SchemaType type) {
    try {
      return (Schema) Schema.class.getMethod("type", Schema.SchemaType.class).invoke(schema, type);
    } catch (NoSuchMethodException newerApi) {
      return invoke(schema, "addType", Schema.SchemaType.class, type);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same type (one, or the list) on another schema. */
  static Schema sameType(Schema from, Schema to) {
    Object type = invoke(from, "getType", null, null);
    if (type instanceof List<?>) {
      invoke(to, "setType", List.class, type);
      return to;
    }
    return type == null ? to : typed(to, (Schema.SchemaType) type);
  }

  @SuppressWarnings("unchecked")
  private static <T> T invoke(Schema target, String name, Class<?> parameter, Object argument) {
    try {
      if (parameter == null) {
        return (T) Schema.class.getMethod(name).invoke(target);
      }
      Method method = Schema.class.getMethod(name, parameter);
      return (T) method.invoke(target, argument);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("MicroProfile OpenAPI without Schema." + name, e);
    }
  }
}
