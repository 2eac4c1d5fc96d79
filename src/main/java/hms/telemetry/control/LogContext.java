package hms.telemetry.control;

import io.opentelemetry.api.trace.SpanContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ids every log line of a request carries, in the server's own per-thread log context:
 * Liberty's {@code LogRecordContext} (its JSON logs write each key as {@code ext_<key>}), or the
 * JBoss Logging MDC on WildFly (its JSON formatter writes them under {@code mdc}). Looked up by
 * name, so that the WAR needs neither server's API to start on the other; on a server with neither
 * the ids are simply not logged.
 */
public final class LogContext {
  public static final String REQUEST_ID = "requestId";
  public static final String TRACE_ID = "traceId";
  public static final String SPAN_ID = "spanId";
  public static final String TENANT_ID = "tenantId";

  private static final List<String> KEYS = List.of(REQUEST_ID, TRACE_ID, SPAN_ID, TENANT_ID);
  private static final Logger LOG = Logger.getLogger(LogContext.class.getName());
  private static final Backend BACKEND = Backend.find();

  private LogContext() {}

  /** The request's id, from now on until {@link #leave()} on this thread. */
  public static void enter(String requestId) {
    BACKEND.put(REQUEST_ID, requestId);
  }

  /** The request's trace and its server span, once known. */
  public static void trace(SpanContext trace) {
    BACKEND.put(TRACE_ID, trace.getTraceId());
    BACKEND.put(SPAN_ID, trace.getSpanId());
  }

  /** The hospital the request works in, once known. */
  public static void tenant(String tenantId) {
    BACKEND.put(TENANT_ID, tenantId);
  }

  /** The request has ended: this thread's next lines are no longer its own. */
  public static void leave() {
    KEYS.forEach(BACKEND::remove);
  }

  /** A server's per-thread log context: two static methods, put and remove. */
  private record Backend(MethodHandle put, MethodHandle remove) {
    private static final Backend NONE = new Backend(null, null);

    static Backend find() {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      ClassLoader loader = LogContext.class.getClassLoader();
      try {
        Class<?> liberty =
            Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext", true, loader);
        return new Backend(
            lookup.findStatic(
                liberty,
                "addExtension",
                MethodType.methodType(void.class, String.class, String.class)),
            lookup.findStatic(
                liberty, "removeExtension", MethodType.methodType(boolean.class, String.class)));
      } catch (ReflectiveOperationException | LinkageError notLiberty) {
        // WildFly, or another server.
      }
      try {
        Class<?> mdc = Class.forName("org.jboss.logging.MDC", true, loader);
        return new Backend(
            lookup.findStatic(
                mdc, "put", MethodType.methodType(Object.class, String.class, Object.class)),
            lookup.findStatic(mdc, "remove", MethodType.methodType(void.class, String.class)));
      } catch (ReflectiveOperationException | LinkageError notJBoss) {
        LOG.warning("No per-thread log context on this server: log lines carry no request ids");
        return NONE;
      }
    }

    void put(String key, String value) {
      if (put == null || value == null) {
        return;
      }
      try {
        put.invoke(key, value);
      } catch (Throwable e) {
        LOG.log(Level.FINE, "log context unavailable", e);
      }
    }

    void remove(String key) {
      if (remove == null) {
        return;
      }
      try {
        remove.invoke(key);
      } catch (Throwable e) {
        LOG.log(Level.FINE, "log context unavailable", e);
      }
    }
  }
}
