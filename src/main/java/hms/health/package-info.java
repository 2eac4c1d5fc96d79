/**
 * Probes for load balancers and Kubernetes (MicroProfile Health): {@code /health/live}, {@code
 * /health/ready}, {@code /health/started}. They need no token.
 *
 * <p>Decisions. Liveness touches nothing outside the JVM, so an outage of a dependency makes a pod
 * unready but never restarts it. Readiness checks that the application has initialized ({@code
 * application}, also the startup check: a server whose deployment still runs its start-up
 * migrations is not ready, on WildFly too) and each dependency under its own name ({@code
 * database}, {@code object-store}, {@code identity-provider}) with a bounded time; the database
 * query runs on its own thread so that a database that hangs instead of refusing still yields DOWN
 * within seconds. Bodies carry a check's name, UP/DOWN and at most a short reason code ({@code
 * timeout}, {@code unreachable}...): never versions, hosts, bucket names or exception texts, since
 * probes are unauthenticated.
 *
 * <p>The features with a dependency publish its check themselves (hms.auth's {@code
 * IdentityProviderCheck}, hms.files' {@code ObjectStoreCheck}) in this package's shape ({@code
 * Checks}), so health reaches into no feature.
 *
 * <p>Rejected: caching readiness results (a probe every few seconds is cheap, and a stale UP
 * defeats the point).
 */
package hms.health;
