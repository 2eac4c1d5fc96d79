/**
 * Admission of API requests when the database is slow or its pool is spent: at most as many {@code
 * /api} requests work at once as the request pool has connections. A request that finds them all
 * taken waits while they turn over (a busy, healthy database: the wait is the queue), and is
 * answered 503 {@code server-busy} with {@code Retry-After} as soon as none has been given back for
 * half a second (the database is stalled: waiting would only pile requests up). Bursts of fast
 * requests wait and pass; a stall sheds load in microseconds instead of holding threads
 * (bench/drills.sh pool, docs/reliability.md). The pool's size is {@code db.pool.max}, read in
 * {@code AdmissionSettings}.
 *
 * <p>Each request has one deadline, 4.5 s after it reaches the application ({@code
 * RequestDeadline}), and every wait on the database takes from it: the gate's wait ends 2 s before
 * it (time for a connection: the pool's wait and a login, 1 s each), then each read of the
 * request's connection may last only what is left ({@code DeadlineTimeouts} sets the connection's
 * network timeout when the request takes it and after every statement). Timeouts of their own added
 * up to 7 s when PostgreSQL thawed after a freeze, and to 9 s for a registration against a database
 * answering every round trip after 2 s (DatabaseOutageIT). EclipseLink's query retries are off
 * ({@code FailFastSessions}): they turned one failed request into 15 s of retries.
 *
 * <p>Operators see the gate and the deadline in the metrics (docs/ops/metrics.md): admissions,
 * refusals by reason ({@code stalled}, {@code timeout}), the requests waiting now, and the requests
 * that ran out of their deadline.
 *
 * <p>Rejected for the deadline: a JDBC query timeout (PostgreSQL's driver cancels through a second
 * connection, which a frozen database does not answer either, and it bounds one statement, not the
 * request), {@code statement_timeout} per transaction (a round trip on every request), and aborting
 * the connection from a timer (a timer task per request, and a connection torn down under the
 * transaction manager).
 *
 * <p>Rejected: a fixed 1 s wait (at 500 connections the queue alone is longer: 347 of 4,500 mixed
 * requests got 503), failing the pool's own wait instantly (the same, worse), and relying on the
 * pool's wait alone (requests queue in the server's executor before they reach the pool, so 1,000
 * slow requests piled up for up to 8.8 s).
 */
package hms.admission;
