package hms.problems.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which field of a JSON body does not fit the type it is read into, and what would: JSON-B says
 * which property failed for some types and not for others (an enum), and converts some values it
 * should refuse, so the body is read again as plain JSON and walked along the target type, naming
 * every field that does not fit, not only the first.
 */
final class BodyShape {
  /** A field that does not fit, and what it accepts. */
  record Misfit(String field, String message) {}

  private BodyShape() {}

  /** Every field of the body that does not fit its type, in the body's order; empty if none. */
  static List<Misfit> misfits(byte[] body, Type type) {
    JsonValue json;
    try {
      json = Json.createReader(new ByteArrayInputStream(body)).readValue();
    } catch (JsonParsingException e) {
      return List.of();
    }
    List<Misfit> found = new ArrayList<>();
    walk(json, type, "", found);
    return found;
  }

  private static void walk(JsonValue value, Type type, String path, List<Misfit> found) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        misfit(path, "must be an object").ifPresent(found::add);
        return;
      }
      for (RecordComponent c : raw.getRecordComponents()) {
        walk(object.get(c.getName()), c.getGenericType(), join(path, c.getName()), found);
      }
      return;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        misfit(path, "must be a list").ifPresent(found::add);
        return;
      }
      Type item =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), item, path + "[" + i + "]", found);
      }
      return;
    }
    scalar(value, raw, path).ifPresent(found::add);
  }

  private static Optional<Misfit> scalar(JsonValue value, Class<?> raw, String path) {
    if (raw.isEnum()) {
      String names =
          Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      boolean fits =
          value instanceof JsonString s
              && Arrays.stream(raw.getEnumConstants())
                  .anyMatch(c -> ((Enum<?>) c).name().equals(s.getString()));
      return fits ? Optional.empty() : misfit(path, "must be one of " + names);
    }
    if (raw == String.class) {
      return value instanceof JsonString ? Optional.empty() : misfit(path, "must be text");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      boolean fits =
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE;
      return fits ? Optional.empty() : misfit(path, "must be true or false");
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
      return whole(value, max) ? Optional.empty() : misfit(path, "must be a whole number");
    }
    if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
      return value instanceof JsonNumber ? Optional.empty() : misfit(path, "must be a number");
    }
    if (raw == LocalDate.class) {
      return parses(value, LocalDate::parse, path, "must be a date such as 2026-01-31");
    }
    if (raw == LocalTime.class) {
      return parses(value, LocalTime::parse, path, "must be a time such as 08:30");
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return parses(
          value, OffsetDateTime::parse, path, "must be an instant such as 2026-01-31T08:00:00Z");
    }
    if (raw == UUID.class) {
      return parses(value, UUID::fromString, path, "must be an id (a UUID)");
    }
    return Optional.empty();
  }

  private static boolean whole(JsonValue value, long max) {
    if (!(value instanceof JsonNumber number)) {
      return false;
    }
    try {
      long n = number.bigDecimalValue().longValueExact();
      return Math.abs(n) <= max;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static Optional<Misfit> parses(
      JsonValue value, java.util.function.Function<String, ?> parse, String path, String message) {
    if (!(value instanceof JsonString text)) {
      return misfit(path, message);
    }
    try {
      parse.apply(text.getString());
      return Optional.empty();
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return misfit(path, message);
    }
  }

  /** A body that is not even the right kind of JSON at the top stays a malformed body. */
  private static Optional<Misfit> misfit(String path, String message) {
    return path.isEmpty() ? Optional.empty() : Optional.of(new Misfit(path, message));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
