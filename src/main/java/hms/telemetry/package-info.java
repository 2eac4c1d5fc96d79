/**
 * Telemetry: what lets an operator follow one request through the server. Every request has an id
 * ({@code X-Request-ID}: the client's when well formed, else one made here) and a trace
 * (OpenTelemetry, MicroProfile Telemetry 2.0); both are in the answer's headers ({@code
 * X-Request-ID}, W3C {@code traceresponse}), the request id in every problem body, and the request
 * id, trace id, span id and, once the hospital is known, its id on every log line the request
 * writes. A user's error report (its {@code requestId}) thus finds the request's log lines and
 * trace.
 *
 * <p>Decisions. The request id is decided by the first servlet filter ({@code TelemetryFilter},
 * first by web.xml), so that every answer carries it, the front end's files and the admission
 * gate's refusals too. The server span is the runtime's: Liberty's servlet instrumentation starts
 * it for every request, continuing a W3C {@code traceparent}, and names it by route; it runs after
 * the application's declared filters, so the trace's ids are taken by a pre-matching JAX-RS filter
 * ({@code TraceFilter}), inside the span: API answers carry {@code traceresponse}, static files do
 * not. Liberty's own header for the same ids ({@code io.openliberty.trace}) names the product and
 * is dropped, as the server's other self-descriptions are. The application adds client spans where
 * it leaves the JVM: every SQL statement EclipseLink sends ({@code SqlSpans}, a session event
 * listener registered in persistence.xml) and every S3 and Cognito call ({@code AwsCallSpans}, an
 * execution interceptor hms.aws puts on every client), and two attributes on the server span: the
 * hospital ({@code hms.tenant.id}, from tenancy) and the problem type of an error answer ({@code
 * hms.problem.type}, from problems). Spans carry no PHI: statements are EclipseLink's prepared ones
 * with literals replaced by {@code ?}, AWS spans name service, operation and status only (no keys,
 * e-mails, tokens, error messages), and the query the runtime records on the server span ({@code
 * url.query}: a patient search's name or e-mail) keeps its parameters' names only ({@code
 * QueryNames}). The SDK is on by default with every exporter off ({@code
 * microprofile-config.properties}), so ids exist for headers and logs at the cost of creating
 * spans, and nothing leaves the server until an operator sets the standard {@code OTEL_*} variables
 * (docs/deploy.md). Log lines get the ids through the server's own per-thread context ({@code
 * LogContext}: Liberty's {@code LogRecordContext}, whose JSON logs write them as {@code ext_*}
 * fields; WildFly's MDC), set when the request starts and cleared when it ends, also when it fails.
 *
 * <p>Rejected: the OpenTelemetry instrumentation libraries for JDBC and the AWS SDK (they need a
 * newer OpenTelemetry API than Liberty's MicroProfile Telemetry 2.0 serves, 1.39, and the JDBC one
 * wraps the data source, which the container owns); a JAX-RS filter for the request id (static
 * pages, the admission gate's refusals and the container's own error pages would go without); a
 * second, application-made server span around the whole chain (two server spans per request).
 *
 * <p>WildFly: its MicroProfile Telemetry starts the server span in RESTEasy, after pre-matching
 * filters, so there the answers carry no {@code traceresponse} and the log lines no trace ids; the
 * request id, the client spans and the configuration are the same (docs/deploy.md, "WildFly").
 *
 * <p>Out of scope: spans for the plain JDBC outside EclipseLink (the tenant check on a cache miss,
 * Flyway's migrations, the readiness probe's query), and metrics (hms.metrics).
 */
package hms.telemetry;
