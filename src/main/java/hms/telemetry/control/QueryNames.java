package hms.telemetry.control;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request's query as a trace may keep it: the parameters' names, every value replaced by {@code
 * ?} (as SQL spans keep their statements), because the values are what people search for (a
 * patient's name, an e-mail). A name that is not a plain identifier is replaced too.
 */
public final class QueryNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\[\\]-]{1,40}");

  private QueryNames() {}

  /** {@code q=Smith&email=a%40b.org&page} becomes {@code q=?&email=?&page}; none stays none. */
  public static String of(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    return Arrays.stream(query.split("&", -1))
        .map(
            parameter -> {
              int equals = parameter.indexOf('=');
              String name = equals < 0 ? parameter : parameter.substring(0, equals);
              String kept = NAME.matcher(name).matches() ? name : "?";
              return equals < 0 ? kept : kept + "=?";
            })
        .collect(Collectors.joining("&"));
  }
}
