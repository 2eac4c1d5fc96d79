/**
 * Clinical records (encounters): what clinicians write about a patient's visit, as SOAP notes with
 * vitals, ICD-10 diagnoses and prescriptions, with files from {@code hms.files} attached.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A record is a DRAFT its writers (DOCTOR, NURSE) edit with If-Match, then a doctor signs it:
 *       FINAL, and it never changes again. Later corrections are amendments, appended and shown
 *       with the record. Database triggers repeat the rule, so no code path (or hand) alters a
 *       signed record, its diagnoses or prescriptions, or an amendment.
 *   <li>Receptionists have no access; ADMINs read. The same rule covers a record's files: an
 *       attached file leaves the file lists of those who may not read records, and its download URL
 *       is refused to them. An attached file cannot be deleted (detach it from the draft).
 *   <li>Vitals are checked against physiological ranges (a neonate to the tallest adult), and
 *       diagnosis codes against the ICD-10 form; the table's CHECKs repeat both. The form only: the
 *       code list itself is not shipped.
 *   <li>Every read and write is audited; a patient's list is one SEARCH event naming the patient.
 *   <li>Patients, appointments and files are reached through their services ({@code
 *       PatientsService.status}, {@code AppointmentsService.isOfPatient}, {@code FilesService}'s
 *       attach, detach and attachedTo), so their own rules apply; never their repositories or
 *       entities.
 *   <li>The list returns summaries (one query a page); the full record with its children comes from
 *       {@code GET /api/records/{id}}.
 *   <li>A patient's clinical sections for {@code hms.summaries} ({@code RecordsService.summaryOf},
 *       four queries whatever the number of records): diagnoses and prescriptions once a doctor
 *       signed them (a draft is a proposal), each ICD-10 code once from its latest signing; a
 *       prescription's course starts at its record's signing; vitals from the newest record that
 *       has any, a draft's too (nurses measure, doctors sign), labelled with its status.
 *   <li>A clinician's own drafts across patients ({@code GET /api/records/drafts}, the dashboard's
 *       unfinished work): the author's only, DOCTOR and NURSE, one SEARCH event per list, the
 *       patients named through {@code PatientsService.labels} (one query a page). A general
 *       filtered record list ({@code ?author=&status=}) was rejected: its only use is the caller's
 *       own drafts, and other authors' drafts are nobody else's to-do list.
 * </ul>
 *
 * <p>Out of scope: co-signing, structured orders and results, e-prescribing to pharmacies, ICD-10
 * code lookup.
 */
package hms.records;
