/**
 * Admission of API requests when the database is slow or its pool is spent: at most as many {@code
 * /api} requests work at once as the request pool has connections; a request that finds them all
 * taken waits a little while they turn over, and is answered 503 {@code server-busy} with {@code
 * Retry-After} at once when none has been given back for half a second (the database is stalled,
 * waiting would only pile requests up). Normal bursts wait and pass; a stall sheds load in
 * microseconds instead of holding threads (bench/drills.sh pool, docs/reliability.md).
 *
 * <p>Rejected: failing the pool's own wait instantly (a burst of fast requests at 500 connections
 * would get 503s), and relying on the pool's wait alone (requests queue in the server's executor
 * before they reach the pool, so 1,000 slow requests piled up for seconds).
 */
package hms.admission;
