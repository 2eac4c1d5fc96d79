// Problems (RFC 9457) in words a receptionist understands, and their field errors by field.

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errorId?: string;
  errors?: { field: string; message: string }[];
};

const WORDS: Record<string, string> = {
  'tenant-forbidden': 'You are not a member of this hospital.',
  'tenant-suspended': "This hospital's account is suspended. Please contact the platform operators.",
  forbidden: 'Your role does not allow this.',
  'not-found': 'This no longer exists, or it belongs to another hospital.',
  'clinician-busy': 'The clinician already has an appointment at that time. Pick another slot.',
  'invalid-transition': 'That step is not possible for this appointment now.',
  'appointment-not-due': 'A no-show can be recorded only after the appointment has started.',
  'stale-version': 'Someone else changed this meanwhile. Reload to see their change, then edit again.',
  'record-final': 'This record is signed and cannot change. Add an amendment instead.',
  'record-draft': 'This record is still a draft: edit it instead.',
  'database-unavailable': 'The system is briefly unavailable. Please try again in a few seconds.',
  'storage-unavailable': 'File storage is briefly unavailable. Please try again shortly.',
  'invalid-credentials': 'The e-mail or the password is wrong.',
  'sign-in-locked': 'Too many failed attempts. Please wait a few minutes.',
  'account-not-confirmed': 'Please confirm your e-mail address first.',
  validation: 'Some fields need attention.',
};

export function slug(problem: Problem | undefined): string {
  return problem?.type?.replace('urn:hms:problem:', '') ?? '';
}

export function describe(problem: Problem | undefined): string {
  if (!problem) return 'Something went wrong. Please try again.';
  return WORDS[slug(problem)] ?? problem.detail ?? problem.title ?? 'Something went wrong.';
}

export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of problem?.errors ?? []) byField[e.field] = e.message;
  return byField;
}
