/**
 * Appointment scheduling: front desks book clinicians' time for patients and move each appointment
 * through the day (SCHEDULED, CONFIRMED, CHECKED_IN, IN_PROGRESS, COMPLETED; or CANCELLED with a
 * reason, or NO_SHOW once due).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>No double booking is the database's job: an exclusion constraint over (clinician, time
 *       range) on non-cancelled rows, with btree_gist (created once per database by the platform
 *       migration). Check-then-insert alone lets two racing bookings both pass; the constraint
 *       refuses the loser, whose flush inside the use case becomes a 409.
 *   <li>Workflow moves and reschedules lock the row (SELECT ... FOR UPDATE), so two desks acting at
 *       once see each other's result and the second gets a 409, not a lost update.
 *   <li>Clinicians are the tenant's active DOCTOR and NURSE members (platform schema, no foreign
 *       key); the booking checks membership when it is made. Only clinicians start and complete.
 *   <li>Times travel as ISO-8601 with an offset and are stored as instants; free slots are worked
 *       out in the hospital's time zone from its weekly working hours (a tenant setting), so a DST
 *       change moves them with the wall clock.
 *   <li>Every read and write is audited (a list as one SEARCH event); the clinical steps (start,
 *       complete) are a rule of their own checked inside the workflow use case.
 *   <li>Check-in records its instant ({@code checkedInAt}), the queue's arrival order and waiting
 *       time; {@code updated_at} would not do, as the next step moves it. Appointments checked in
 *       before the column existed have none: the time was not recorded.
 *   <li>Answers name the patient (name, MRN) and the clinician (e-mail and the display name the
 *       hospital gave, if any), looked up for a whole page at once ({@code AppointmentNames}: the
 *       patients by id through {@code PatientsService.labels}, the memberships by sub through
 *       {@code Staff}), two queries per page rather than a call per card from the client. A join in
 *       SQL was rejected: memberships live in the platform schema, and patients belong to their
 *       feature.
 * </ul>
 *
 * <p>Out of scope: a patient booked twice at once (allowed: a patient may see two clinicians),
 * clinicians' leave and personal hours (the hospital's hours apply to all), recurring series,
 * reminders.
 */
package hms.appointments;
