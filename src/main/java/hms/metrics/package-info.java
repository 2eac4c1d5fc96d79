/**
 * The application's own metrics, for operators: what the admission gate admitted and refused, the
 * request deadlines that ran out, the tenant factories and the tenant access cache, JWKS refreshes,
 * sign-ins, presigned URLs and the problems answered. Feature code records them through {@link
 * hms.metrics.control.Metrics} (counters and gauges) and nothing else; the names and labels as
 * scraped are listed in docs/ops/metrics.md, a contract with the dashboards and alert rules.
 *
 * <p>Decisions. The server's own registry exports them, beside what it measures itself: on Liberty
 * MicroProfile Metrics 5.1 ({@code mpMetrics-5.1}), served at {@code /metrics} in Prometheus text
 * with the server's HTTP durations per route and its connection pool's statistics; on WildFly,
 * which has no MicroProfile Metrics, the deployment's Micrometer registry, served by the micrometer
 * subsystem's Prometheus registry on the management port (docs/deploy.md, "WildFly"). Each API is
 * reached by its own small adapter, loaded only when the server gives the application that API, so
 * one WAR deploys on both and on a server with neither (metrics are then dropped). Rejected: one of
 * the two APIs in the WAR itself (a second registry beside the server's, which its endpoint would
 * not serve), and MicroProfile Telemetry's metrics (OTLP only, which needs a collector to reach
 * Prometheus).
 *
 * <p>Labels are short codes the code chooses, never data: no e-mail, user id or free text, refused
 * when a value does not look like a code. Hospital ids only where the operator asks for them
 * ({@code metrics.tenant-label.max}), bounded by that number.
 *
 * <p>Out of scope: histograms of the application's own (the server measures request durations).
 */
package hms.metrics;
