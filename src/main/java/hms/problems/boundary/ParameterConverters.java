package hms.problems.boundary;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads enum and whole-number parameters, refusing a value that is none with 400 naming the
 * parameter and what it accepts ({@code ?sex=ROBOT}, {@code ?size=1e9}); the runtime's own
 * conversion answered 404, as JAX-RS prescribes for a query parameter it cannot convert.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    String name = RequestParameters.named(annotations).orElse(null);
    if (name == null) {
      return null;
    }
    if (raw.isEnum()) {
      String names =
          Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return (ParamConverter<T>)
          converter(name, "must be one of " + names, v -> Enum.valueOf((Class) raw, v));
    }
    if (raw == int.class || raw == Integer.class) {
      return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf);
    }
    if (raw == long.class || raw == Long.class) {
      return (ParamConverter<T>) converter(name, "must be a whole number", Long::valueOf);
    }
    return null;
  }

  private static <T> ParamConverter<T> converter(
      String name, String requirement, Function<String, T> parse) {
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return parse.apply(value);
        } catch (IllegalArgumentException e) {
          throw new InvalidParameter(name, requirement);
        }
      }

      @Override
      public String toString(T value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
      }
    };
  }
}
