// The words staff read for the API's codes: one place, so a screen never shows CHECKED_IN or
// FOLLOW_UP, and a code the contract adds later still shows (as itself) until it has its words.
import type { components } from '@/api/schema';

type Schemas = components['schemas'];

const APPOINTMENT_STATUS: Record<Schemas['AppointmentStatus'], string> = {
  SCHEDULED: 'Scheduled',
  CONFIRMED: 'Confirmed',
  CHECKED_IN: 'Checked in',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'Did not attend',
};

const APPOINTMENT_TYPE: Record<Schemas['AppointmentType'], string> = {
  CONSULTATION: 'Consultation',
  FOLLOW_UP: 'Follow-up',
  PROCEDURE: 'Procedure',
  CHECKUP: 'Check-up',
  EMERGENCY: 'Emergency',
};

const RECORD_TYPE: Record<Schemas['RecordType'], string> = {
  ...APPOINTMENT_TYPE,
  ADMISSION: 'Admission',
  DISCHARGE: 'Discharge',
  PHONE: 'Phone call',
};

const RECORD_STATUS: Record<Schemas['RecordStatus'], string> = { DRAFT: 'Draft', FINAL: 'Signed' };

const PATIENT_STATUS: Record<Schemas['PatientStatus'], string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  DECEASED: 'Deceased',
};

const SEX: Record<Schemas['Sex'], string> = { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other', UNKNOWN: 'Unknown' };

const ROLE: Record<Schemas['TenantRole'], string> = {
  ADMIN: 'Administrator',
  DOCTOR: 'Doctor',
  NURSE: 'Nurse',
  RECEPTIONIST: 'Receptionist',
};

const ROUTE: Record<Schemas['Route'], string> = {
  ORAL: 'By mouth',
  SUBLINGUAL: 'Under the tongue',
  INTRAVENOUS: 'Intravenous',
  INTRAMUSCULAR: 'Intramuscular',
  SUBCUTANEOUS: 'Subcutaneous',
  TOPICAL: 'Topical',
  INHALED: 'Inhaled',
  RECTAL: 'Rectal',
  NASAL: 'Nasal',
  OPHTHALMIC: 'Eye',
  OTIC: 'Ear',
  TRANSDERMAL: 'Transdermal',
  OTHER: 'Other',
};

const FILE_STATUS: Record<Schemas['FileStatus'], string> = {
  PENDING: 'Uploading',
  AVAILABLE: 'Available',
  DELETED: 'Deleted',
};

const TENANT_STATUS: Record<Schemas['TenantStatus'], string> = {
  PROVISIONING: 'Being set up',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
};

const AUDIT_ACTION: Record<Schemas['AuditAction'], string> = {
  READ: 'Read',
  SEARCH: 'Listed',
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  EXPORT: 'Exported',
  DOWNLOAD_URL: 'Downloaded',
  FINALIZE: 'Signed',
  AMEND: 'Amended',
  ACCESS: 'Entered',
  DENIED: 'Refused',
};

// The audit trail's resource types: text in the contract, so a plain record.
const AUDIT_RESOURCE: Record<string, string> = {
  PATIENT: 'Patient',
  APPOINTMENT: 'Appointment',
  RECORD: 'Clinical record',
  FILE: 'File',
  MEMBER: 'Member',
  SETTINGS: 'Settings',
  AUDIT: 'Audit log',
  TENANT: 'Hospital',
  ACCOUNT: 'Account',
  SESSION: 'Session',
  SECURITY_EVENT: 'Security log',
};

// Who acted, as the audit trail records them: a member's role, or what a caller outside the
// hospital's roles was.
const AUDIT_ACTOR: Record<string, string> = {
  ...ROLE,
  PLATFORM_ADMIN: 'Platform administrator',
  NOT_MEMBER: 'Not a member',
};

function label<K extends string>(words: Record<K, string>) {
  return (code: K | string | null | undefined): string =>
    code ? ((words as Record<string, string>)[code] ?? code) : '';
}

export const appointmentStatusLabel = label(APPOINTMENT_STATUS);
export const appointmentTypeLabel = label(APPOINTMENT_TYPE);
export const recordTypeLabel = label(RECORD_TYPE);
export const recordStatusLabel = label(RECORD_STATUS);
export const patientStatusLabel = label(PATIENT_STATUS);
export const sexLabel = label(SEX);
export const roleLabel = label(ROLE);
export const routeLabel = label(ROUTE);
export const fileStatusLabel = label(FILE_STATUS);
export const tenantStatusLabel = label(TENANT_STATUS);
export const auditActionLabel = label(AUDIT_ACTION);
export const auditResourceLabel = label(AUDIT_RESOURCE);
export const auditActorLabel = label(AUDIT_ACTOR);

/** A member or clinician as screens name them: the display name the hospital gave, else the e-mail. */
export function memberName(member: { displayName?: string | null; email: string }): string {
  return member.displayName || member.email;
}

/** The clinician an appointment is with, as its answer names them (a former member by e-mail). */
export function appointmentClinician(a: { clinicianName?: string | null; clinicianEmail?: string | null }): string {
  return a.clinicianName || a.clinicianEmail || 'a former member';
}
