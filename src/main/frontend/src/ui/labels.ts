// The words staff read for the API's codes, from the catalogue (text.labels): a screen never shows
// CHECKED_IN or FOLLOW_UP, and a code the contract adds later still shows (as itself) until it has
// its words.
import type { components } from '@/api/schema';
import { text } from '@/i18n/text';

const words = text.labels;

type Schemas = components['schemas'];
type Enums = {
  appointmentStatus: Schemas['AppointmentStatus'];
  appointmentType: Schemas['AppointmentType'];
  recordType: Schemas['RecordType'];
  recordStatus: Schemas['RecordStatus'];
  patientStatus: Schemas['PatientStatus'];
  sex: Schemas['Sex'];
  role: Schemas['TenantRole'];
  route: Schemas['Route'];
  fileStatus: Schemas['FileStatus'];
  tenantStatus: Schemas['TenantStatus'];
  auditAction: Schemas['AuditAction'];
};
// The compiler's check that every code of every enum in the contract has its words in the catalogue.
type Covered<T extends { [K in keyof Enums]: Record<Enums[K], string> }> = T;
export type LabelledEnums = Covered<typeof words>;

function label(of: () => Record<string, string>) {
  return (code: string | null | undefined): string => (code ? (of()[code] ?? code) : '');
}

export const appointmentStatusLabel = label(() => words.appointmentStatus);
export const appointmentTypeLabel = label(() => words.appointmentType);
export const recordTypeLabel = label(() => words.recordType);
export const recordStatusLabel = label(() => words.recordStatus);
export const patientStatusLabel = label(() => words.patientStatus);
export const sexLabel = label(() => words.sex);
export const roleLabel = label(() => words.role);
export const routeLabel = label(() => words.route);
export const fileStatusLabel = label(() => words.fileStatus);
export const tenantStatusLabel = label(() => words.tenantStatus);
export const auditActionLabel = label(() => words.auditAction);
export const auditResourceLabel = label(() => words.auditResource);
export const auditActorLabel = label(() => ({ ...words.role, ...words.auditActor }));

/**
 * Who acted, as the audit log and the dashboard name them: the person's name as the server gives it
 * (actorName: the name the hospital gave, else the e-mail; removed members too) and their role;
 * without one (never a member), what the actor was: the platform's operator, or not a member.
 */
export function auditActor(e: { actorName?: string | null; actorRole: string }): { name: string; role: string } {
  const role = auditActorLabel(e.actorRole);
  if (e.actorName) return { name: e.actorName, role };
  if (e.actorRole === 'PLATFORM_ADMIN') return { name: text.audit.platformOperator, role };
  if (e.actorRole === 'NOT_MEMBER') return { name: text.audit.outside, role: '' };
  return { name: role, role: '' };
}

/** A member or clinician as screens name them: the display name the hospital gave, else the e-mail. */
export function memberName(member: { displayName?: string | null; email: string }): string {
  return member.displayName || member.email;
}

/** The clinician an appointment is with, as its answer names them (a former member by e-mail). */
export function appointmentClinician(a: { clinicianName?: string | null; clinicianEmail?: string | null }): string {
  return a.clinicianName || a.clinicianEmail || words.formerMember;
}
