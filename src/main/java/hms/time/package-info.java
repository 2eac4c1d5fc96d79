/**
 * One clock for every timestamp and deadline: a CDI producer of {@link java.time.Clock} (the
 * system's, in UTC). Services and control classes inject it and hand the instant to the entities
 * they create or change ({@code createdAt}, {@code updatedAt}, the audit event's {@code at}), and
 * decide with it what is past (bookings, no-shows, free slots, the sign-in lockout). Entities never
 * read the time themselves, so a test gives a class a fixed or moving clock and knows what it
 * records.
 *
 * <p>Decisions. {@code java.time.Clock} itself is the seam: the JDK already has fixed and offset
 * clocks for tests, so no interface of our own. Exactly one producer in the application: a second
 * bean of type Clock makes every injection ambiguous and the deployment fails on both servers.
 * Dependent scope, since a Clock is immutable and needs no proxy. UTC, because what is stored is an
 * instant; the hospital's time zone is a tenant setting and applies where times are shown or
 * working hours laid out ({@code hms.tenancy.boundary.HospitalCalendar}).
 *
 * <p>Out of scope: elapsed time. Request deadlines and the admission gate measure durations with
 * {@code System.nanoTime()}, which the wall clock's jumps cannot disturb. The database's {@code
 * DEFAULT now()} only fills rows that SQL inserts itself (a new tenant's settings row).
 */
package hms.time;
