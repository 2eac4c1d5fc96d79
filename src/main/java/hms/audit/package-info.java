/**
 * The audit trail: who did what to which record, in each tenant's schema ({@code audit_events}).
 *
 * <p>Decisions. A success is written in the action's own transaction (MANDATORY), so there is no
 * action without its record and no record of an action that rolled back; a refusal is written in a
 * transaction of its own, so it survives the refused request. Rows carry ids, role, request id
 * ({@code X-Request-ID} when the client sends a sane one), client address and outcome, never PHI.
 * The table is append-only by trigger, for every role including the application's; ADMINs read it
 * at {@code GET /api/audit-events}, filtered by resource, actor and time.
 *
 * <p>Out of scope: shipping the trail to an external, write-once store.
 */
package hms.audit;
