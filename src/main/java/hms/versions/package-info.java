/**
 * Optimistic concurrency over HTTP: every versioned entity's ETag is its version, and a change must
 * name the version it was made against in If-Match (428 without, 412 when stale; the problem itself
 * is {@code hms.problems.entity.StaleVersion}, which the persistence mapper also answers when two
 * writers race past the same tag).
 *
 * <p>Out of scope: weak comparison beyond stripping {@code W/}, and {@code If-None-Match}.
 */
package hms.versions;
