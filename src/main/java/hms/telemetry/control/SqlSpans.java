package hms.telemetry.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A client span for every SQL statement EclipseLink sends within a request's trace (persistence.xml
 * registers it on every session, the tenants' too). The statement is the one EclipseLink prepared,
 * whose values are bound parameters; literals written into it are replaced by {@code ?} all the
 * same, so that no value reaches the trace. EclipseLink raises the two events around the call on
 * the calling thread, the second one also when the call fails.
 */
public class SqlSpans extends SessionEventAdapter {
  /** The longest statement text a span carries. */
  static final int MAX_STATEMENT = 2_000;

  private static final Pattern LITERAL =
      Pattern.compile("'(?:[^']|'')*'|(?<![\\w\"$.])-?\\d+(?:\\.\\d+)?(?![\\w\"])");

  /**
   * Statements already stripped: EclipseLink prepares a fixed set per schema, so a request's
   * statements are nearly always here, and the expression runs once per statement, not per call.
   */
  private static final Cache<String, String> STRIPPED =
      Caffeine.newBuilder().maximumSize(5_000).build();

  private record Open(Call call, Span span) {}

  private static final ThreadLocal<Deque<Open>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (!(event.getCall() instanceof DatabaseCall call) || !Tracing.recording()) {
      return;
    }
    String sql = call.getSQLString();
    String operation = operation(sql);
    Span span =
        Tracing.tracer()
            .spanBuilder(operation)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.system", "postgresql")
            .setAttribute("db.operation", operation)
            .setAttribute("db.statement", sql == null ? "" : STRIPPED.get(sql, SqlSpans::statement))
            .startSpan();
    OPEN.get().push(new Open(call, span));
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    Deque<Open> open = OPEN.get();
    if (!open.isEmpty() && open.peek().call() == event.getCall()) {
      open.pop().span().end();
    }
  }

  /** The statement's first word: SELECT, INSERT, UPDATE, DELETE... */
  static String operation(String sql) {
    if (sql == null || sql.isBlank()) {
      return "SQL";
    }
    String trimmed = sql.strip();
    int end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    return end == 0 ? "SQL" : trimmed.substring(0, end).toUpperCase(Locale.ROOT);
  }

  /** The statement without its literals, at most {@link #MAX_STATEMENT} characters. */
  static String statement(String sql) {
    if (sql == null) {
      return "";
    }
    String sanitized = LITERAL.matcher(sql).replaceAll("?");
    return sanitized.length() <= MAX_STATEMENT ? sanitized : sanitized.substring(0, MAX_STATEMENT);
  }
}
