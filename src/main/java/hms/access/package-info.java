/**
 * Who may do what, and what is audited: one {@link hms.access.entity.Rule} per use case, named on
 * the use case's service method with {@link hms.access.boundary.Guarded}; the rules are the matrix
 * of docs/permissions.md.
 *
 * <p>Decisions. The rule sits on the service method (the use case and its transaction), not on the
 * JAX-RS method, so that a success is audited in the use case's own transaction and another feature
 * calling the service meets the same rule. The guard itself ({@code hms.audit.boundary.Guard})
 * lives with the audit trail it writes; this package only declares, so every feature (tenancy too)
 * can depend on it without a cycle. What depends on the data (a receptionist sending clinical
 * fields, a record's attachment, a clinical appointment step) is a refinement rule checked inside
 * the use case through {@code hms.audit.boundary.Permissions}; its refusal is audited as the use
 * case's. A read without PHI (settings, clinicians, the caller's own profile) is declared not
 * audited, with the reason, in the rule itself. Refusals are always audited: in the hospital's
 * trail, or, for the platform's rules (no hospital in the request), in the server log. {@code
 * AccessCoverageTest} fails when a JAX-RS operation reaches no guarded use case, or an audited one
 * runs outside a transaction.
 *
 * <p>Rejected: one permission class per feature with hand-placed checks and audit calls (four ways
 * to do one thing, and gaps: file reads and membership changes went unaudited); Jakarta Security's
 * {@code @RolesAllowed} (roles here are per hospital, not per user, and it audits nothing).
 */
package hms.access;
