/**
 * Safe retries of {@code POST}: an {@code Idempotency-Key} header (IETF httpapi draft "The
 * Idempotency-Key HTTP Header Field") on every {@code POST} under {@code /api} and {@code
 * /platform} makes a repeat of the same request by the same caller answer the first answer again
 * ({@code Idempotent-Replayed: true}) instead of doing the work twice. docs/api.md is the client's
 * guide.
 *
 * <p>One mechanism for every resource: {@code IdempotencyFilter}, a JAX-RS request and response
 * filter after the token, tenant and quota filters. With a key, the request filter begins a JTA
 * transaction, takes {@code pg_try_advisory_xact_lock} on a hash of hospital, caller and key (a
 * second request with the key while the first runs fails to take it and is answered 409 {@code
 * idempotency-key-in-use} with {@code Retry-After} at once: the first one's answer is not committed
 * yet, so there is nothing to wait for that a client cannot wait for better), and looks the key up.
 * A kept answer for the same fingerprint (method, path with query, SHA-256 of the body) is
 * replayed; for another fingerprint 422 {@code idempotency-key-mismatch}. Otherwise the resource
 * runs; its use case's {@code @Transactional} (REQUIRED) joins the open transaction, so the audit
 * event of the {@code Guard} and the work are in it too. The response filter writes the answer's
 * entity to bytes with the runtime's own writer, sends those bytes (so a replay is byte for byte
 * the first answer), keeps status, {@code Location}, {@code ETag}, content type and body in {@code
 * idempotency_keys}, deletes a few expired keys, and commits: work and answer commit together or
 * not at all. A failure there (a broken connection at the commit) replaces the answer with the
 * problem its mapper gives (503 for an outage).
 *
 * <p>Rejected: a CDI interceptor around the resource methods (resources that return a DTO cannot
 * return a stored {@code Response}, and every resource would need the binding), and committing the
 * answer in a second transaction after the work's (a crash between the two is exactly the duplicate
 * the key exists to prevent).
 *
 * <p>Only successes (2xx) are kept: a failed request rolled its work back, so its retry may do it.
 * The answers live where the work does: the hospital's schema ({@code /api}, tenant migration V9)
 * or the platform's ({@code /platform}, platform migration V5), keyed by the caller's {@code sub}
 * and the key, so keys never meet across callers or hospitals. Keys expire after {@code
 * idempotency.keys.ttl} (24 h); each kept answer deletes up to {@code idempotency.purge.batch}
 * expired ones of the same schema ({@code FOR UPDATE SKIP LOCKED}), so a hospital that writes
 * cleans up after itself and nothing ever sweeps every schema. A hospital that stops writing keeps
 * its last expired answers until its next write; they are never replayed.
 *
 * <p>Work outside the hospital's transaction: provisioning a hospital commits on its own (Flyway),
 * outside this transaction, and is idempotent by id; the answer is kept after it. Adding a member
 * invites the identity provider's user first, which a repeat finds already there. The request with
 * a key holds a database connection from its first statement (the lock) to the commit, also while
 * such a remote call runs.
 *
 * <p>A replay is not audited: nothing happens, and it discloses only what the same caller was
 * answered before (the membership check still runs first). {@code idempotency.required} makes the
 * key mandatory on creating {@code POST}s (those whose contract declares 201): 400 {@code
 * idempotency-key-missing}, as the draft says. Out of scope: keys on {@code /auth} (no caller
 * before sign-in).
 *
 * <p>Answers that age faster than their key: before a replay the filter fires a {@code Replay}
 * event, and an observer may send a fresh body in place of the kept one ({@code hms.files} renews
 * an expired upload URL of a still PENDING upload). That makes {@code files} depend on this
 * feature, never the reverse.
 */
package hms.idempotency;
