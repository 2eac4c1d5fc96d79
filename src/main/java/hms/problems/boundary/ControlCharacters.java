package hms.problems.boundary;

import hms.problems.entity.ProblemException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Text a client sends may hold tab and line breaks but no other C0 control character: PostgreSQL
 * refuses NUL in text (a 500 before this check), and the others only hide things from whoever reads
 * the text later. Refused with 400 naming the field (a request body's, with its path) or the
 * parameter.
 */
final class ControlCharacters {
  static final String MESSAGE =
      "must not contain control characters (tab and line breaks are fine)";

  private ControlCharacters() {}

  static boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** Refuses a parameter's value. */
  static void refuseIn(String parameter, String value) {
    if (value != null && in(value)) {
      throw ProblemException.invalid(parameter, MESSAGE);
    }
  }

  /** Refuses a read body whose text anywhere (records, lists, maps) holds one; paths as fields. */
  static void refuseInBody(Object body) {
    find(body, "")
        .ifPresent(
            field -> {
              throw ProblemException.invalid(field.isEmpty() ? "body" : field, MESSAGE);
            });
  }

  private static Optional<String> find(Object value, String path) {
    if (value instanceof String text) {
      return in(text) ? Optional.of(path) : Optional.empty();
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        Optional<String> found = find(item, path + "[" + i++ + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Optional<String> found = find(e.getValue(), join(path, String.valueOf(e.getKey())));
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Optional<String> found = find(read(component, value), join(path, component.getName()));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
