/**
 * The patient registry: the records front desks and clinicians search all day.
 *
 * <p>Decisions. Patients live in the tenant's schema ({@code patients}); nothing is ever
 * hard-deleted ({@code DELETE} makes a patient INACTIVE). The MRN is unique per tenant and, when
 * not given, comes from the tenant's own sequence ({@code P-000123}). Search matches the MRN
 * exactly and names, phone (digits only) and e-mail by prefix, case- and accent-insensitively: the
 * entity keeps {@code search_*} columns normalized in Java (lower case, no accents) with {@code
 * text_pattern_ops} indexes, so a prefix search is index range scans (docs/benchmarks.md) and needs
 * no database extension. Updates need {@code If-Match} with the ETag (the JPA version;
 * hms.versions): 428 without it, 412 when stale. The CSV export ({@code PatientCsv}, Apache Commons
 * CSV) streams in chunks of 500 in id order (bounded memory at any size), RFC 4180 quoted, and
 * neutralizes cells that a spreadsheet would run as a formula. It quotes only cells with a comma, a
 * quote or a line break, as before the library: Commons CSV's minimal rule would also quote cells
 * that start with a space, ! or # or end with a space, and so change the bytes of exports. Who may
 * do what is each use case's rule (hms.access, docs/permissions.md); every action is written to the
 * audit trail in its own transaction, refusals as DENIED. Other features learn whether a patient
 * exists and is active through {@code PatientsService.status}, and who patients are through {@code
 * identity} and {@code labels} (a page's patients in one query), never the repository.
 *
 * <p>Rejected: PostgreSQL's unaccent extension (needs a superuser to install, per schema); offset
 * paging for the export (slower and unstable while rows change).
 */
package hms.patients;
