/**
 * The audit trail: who did what to which record, in each tenant's schema ({@code audit_events}),
 * and the guard that writes it for every use case.
 *
 * <p>Decisions. Every use case names its rule ({@code @Guarded}, hms.access); one interceptor,
 * {@code Guard}, checks the caller against it before the use case runs and writes the event: a
 * success in the use case's own transaction (MANDATORY; the guard runs inside
 * {@code @Transactional}), so there is no action without its record and no record of an action that
 * rolled back; a refusal in a transaction of its own, so it survives the refused request. A refusal
 * from a refinement inside a use case ({@code Permissions.require}) is written once, as the
 * innermost use case's. Rows carry ids, role, request id ({@code X-Request-ID} when the client
 * sends a sane one, read by {@code RequestOrigin}), client address and outcome, never PHI. The
 * platform's changes to a hospital are written to that hospital's trail (role {@code
 * PLATFORM_ADMIN}); refusals of platform rules, with no hospital to hold them, go to the server
 * log. The table is append-only by trigger, for every role including the application's; ADMINs read
 * it at {@code GET /api/audit-events}, filtered by resource, actor and time.
 *
 * <p>Rejected: audit calls placed by hand in each service (they were missed: file reads and
 * membership changes went unaudited); auditing in a JAX-RS filter (outside the use case's
 * transaction, and blind to what the use case found).
 *
 * <p>Out of scope: shipping the trail to an external, write-once store.
 */
package hms.audit;
