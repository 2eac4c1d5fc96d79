/**
 * A patient's summary: who the patient is, what their records say now (active diagnoses, current
 * prescriptions, last vitals, newest records) and their next and last appointments, in one answer
 * for the patient page and its print.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A feature of its own that only reads through the boundaries of patients, records and
 *       appointments ({@code PatientsService.identity}, {@code RecordsService.summaryOf}, {@code
 *       AppointmentsService.ofPatientAround}), whose rules are not audited: the summary is one use
 *       case, audited as one READ of the patient (its id, no PHI). Patients cannot hold it: records
 *       depend on patients, and the summary on records.
 *   <li>Every member reads a summary; the clinical sections follow the records' rule (ADMIN,
 *       DOCTOR, NURSE): for a RECEPTIONIST they are left out, not refused, so the front desk's
 *       patient page still shows who the patient is and their appointments. Allergies follow the
 *       patients' clinical fields rule, as in the patient's own answer.
 *   <li>Each section is derived from what is stored, by the rules the OpenAPI document states on
 *       its fields, as of one instant ({@code asOf}). The number of queries is fixed: the patient
 *       1, the records 4, the appointments 2 and their clinicians' e-mails 1 (the patient's name
 *       comes from the request's persistence context), the audit row 1.
 * </ul>
 *
 * <p>Out of scope: problem lists with resolutions, medication reconciliation, allergies coded.
 */
package hms.summaries;
