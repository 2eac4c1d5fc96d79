package hms.telemetry.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The application's tracer, for the spans no CDI bean creates (EclipseLink's and the AWS SDK's
 * callbacks): MicroProfile Telemetry's, looked up once through CDI (the servers support no global
 * OpenTelemetry), or a no-op one where the server has none.
 */
final class Tracing {
  static final String SCOPE = "hms";

  private static volatile Tracer tracer;

  private Tracing() {}

  /**
   * Whether a span started now would be recorded as part of a request's trace: not outside a
   * request, nor when the trace is sampled out (then the ids exist but nothing is kept, and the
   * statement's text is not worth preparing).
   */
  static boolean recording() {
    return Span.current().isRecording();
  }

  static Tracer tracer() {
    Tracer known = tracer;
    if (known == null) {
      Instance<Tracer> bean = CDI.current().select(Tracer.class);
      known = bean.isResolvable() ? bean.get() : OpenTelemetry.noop().getTracer(SCOPE);
      tracer = known;
    }
    return known;
  }
}
