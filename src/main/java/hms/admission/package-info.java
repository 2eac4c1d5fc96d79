/**
 * Admission of API requests when the database is slow or its pool is spent: at most as many {@code
 * /api} requests work at once as the request pool has connections. A request that finds them all
 * taken waits while they turn over (a busy, healthy database: the wait is the queue, up to 4 s),
 * and is answered 503 {@code server-busy} with {@code Retry-After} as soon as none has been given
 * back for half a second (the database is stalled: waiting would only pile requests up). Bursts of
 * fast requests wait and pass; a stall sheds load in microseconds instead of holding threads
 * (bench/drills.sh pool, docs/reliability.md).
 *
 * <p>Rejected: a fixed 1 s wait (at 500 connections the queue alone is longer: 347 of 4,500 mixed
 * requests got 503), failing the pool's own wait instantly (the same, worse), and relying on the
 * pool's wait alone (requests queue in the server's executor before they reach the pool, so 1,000
 * slow requests piled up for up to 8.8 s).
 */
package hms.admission;
