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
 * innermost use case's. Rows carry ids, role, request id (hms.telemetry's, the one the answer, its
 * problem body and its log lines carry: {@code X-Request-ID} when the client sends a well-formed
 * one), client address and outcome, never PHI. The platform's changes to a hospital are written to
 * that hospital's trail (role {@code PLATFORM_ADMIN}); refusals of platform rules, with no hospital
 * to hold them, go to the server log. The table is append-only by trigger, for every role including
 * the application's; ADMINs read it at {@code GET /api/audit-events}, filtered by resource type and
 * id, actor, action and time.
 *
 * <p>Reading it. Rows keep ids; the list names them per page, never in the table: the actors, and
 * the members a row names, in one query of the memberships ({@code Staff.names}: removed members
 * keep their row with status REMOVED, so they still resolve); every other resource through the
 * labels its owning feature publishes ({@code ResourceLabels}: patients, appointments, records; one
 * call per type on the page, one or two queries each). A list of a patient's records is audited as
 * a {@code SEARCH} of {@code RECORD} with the patient's id (the rule's resource type, so that "who
 * looked at clinical records" finds lists too); the records' labeller names it by that patient, its
 * label's {@code patientId} repeating the resource id, and screens read it as "Records of ...".
 * Rejected: auditing such a list as a {@code PATIENT} (labelled for free, but no longer found under
 * {@code RECORD}, and the rows already written would stay unnamed). The trail depends on no feature
 * that owns patient data (they depend on it for the guard), so they contribute their labels as CDI
 * beans of the trail's type rather than the trail calling them. A label is asked for only when the
 * caller's role passes the labelling rule, which admits exactly the roles of the resource's read
 * rule ({@code AuditLabelRulesTest}); a resource that is gone or unknown has none. Since the labels
 * name patients, reading the list is audited ({@code SEARCH AUDIT}). Rejected: storing the actor's
 * name or a label with the event (PHI in an append-only table, wrong after a rename).
 *
 * <p>Exporting it. {@code GET /api/audit-events/export} (its own rule, audited as {@code EXPORT})
 * writes the same selection as CSV ({@code AuditCsv}: RFC 4180, formula-starting cells
 * neutralised), built in memory: the selection is counted first and refused (400 naming {@code
 * from}) above {@code audit.export.max-rows} rather than cut short. A path of its own rather than
 * content negotiation on the list: its own rule and audit action, no paging, a link a browser
 * saves. Its file is {@code audit-<hospital>-<day>.csv}, the day on the hospital's clock (its
 * settings' time zone), not UTC's: what the people who export it call today.
 *
 * <p>Refused hospitals. A request that tenancy refuses at the door (its {@code TenantRefusal}
 * event: not a member, suspended, unknown, malformed id) has no use case, so the guard never sees
 * it; {@code RefusalRecorder} observes the event and records {@code DENIED} with {@code attempted:
 * ACCESS} and resource type {@code TENANT} in the named hospital's own trail when it exists and its
 * schema is migrated (role {@code NOT_MEMBER} for a stranger, the member's role in a suspended
 * hospital), so that its ADMINs see who tried; otherwise in the platform's security log ({@code
 * platform.security_events}, append-only by the same trigger function), which platform
 * administrators read at {@code GET /platform/security-events}. The hospital's row is written by a
 * native insert through the platform's EntityManager, not through the hospital's own factory:
 * creating that factory costs tens of milliseconds, which would make an existing hospital's 403
 * measurably slower than an unknown one's, and a caller naming many hospitals would push the busy
 * ones' factories out of memory. Either record commits in a transaction of its own, never the
 * request's; a failure is logged and the answer is the same. The requested id of a malformed header
 * is stored as sent but with control characters replaced and cut to 64 characters; the rows hold no
 * PHI. Rejected: writing asynchronously (the request would no longer hold the connection it was
 * admitted for: the admission gate counts connections), and one row per refusal only in the server
 * log (an operator's grep, not a hospital ADMIN's view).
 *
 * <p>Commit of reads. A transaction whose only write is the audit row of an action that only reads
 * ({@code READ}, {@code SEARCH}, {@code EXPORT}, {@code DOWNLOAD_URL}: {@code
 * AuditAction.onlyReads}) commits asynchronously: the statement that writes the row also sets
 * {@code synchronous_commit} off for that transaction ({@code SET LOCAL}, by {@code set_config(...,
 * true)}, no extra round trip), and only when the transaction has written nothing before it ({@code
 * pg_current_xact_id_if_assigned()} is null; changes pending in the EntityManager are flushed
 * first). Every other success sets it back on in its own insert, and every use case audits after
 * its work, so a transaction that writes clinical data, or any audit of a change, commits
 * synchronously even when it read first or ran a read use case inside (tested against PostgreSQL by
 * {@code CommitModeIT}, which records the setting at commit time). Refusals commit synchronously.
 * Loss window: on a crash of the database server (or its machine), the read-audit rows of
 * transactions that committed in the last 3 × {@code wal_writer_delay} before it (default 200 ms:
 * at most 600 ms) may be lost, and only those: the answers they audit may already have reached the
 * client. The next synchronous commit flushes them (its WAL flush covers everything before it). An
 * application crash loses none: the commit has reached PostgreSQL before the answer is sent. Why:
 * the WAL flush of one audit row per read cost 10-25 % of the list page's throughput
 * (docs/benchmarks.md, issue 20).
 *
 * <p>Rejected: audit calls placed by hand in each service (they were missed: file reads and
 * membership changes went unaudited); auditing in a JAX-RS filter (outside the use case's
 * transaction, and blind to what the use case found).
 *
 * <p>Out of scope: shipping the trail to an external, write-once store.
 */
package hms.audit;
