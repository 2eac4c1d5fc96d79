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

// When the body names no problem we know (a proxy's HTML page, an empty body), the status does.
const BY_STATUS: Record<number, string> = {
  401: 'Your session has ended. Please sign in again.',
  403: WORDS.forbidden,
  404: WORDS['not-found'],
  429: 'Too many requests in a short time. Please wait a moment and try again.',
  502: WORDS['database-unavailable'],
  503: WORDS['database-unavailable'],
  504: WORDS['database-unavailable'],
};

export function slug(problem: Problem | undefined | null): string {
  return problem?.type?.replace('urn:hms:problem:', '') ?? '';
}

export function describe(problem: Problem | undefined | null): string {
  if (!problem) return 'Something went wrong. Please try again.';
  return (
    WORDS[slug(problem)] ??
    problem.detail ??
    problem.title ??
    BY_STATUS[problem.status ?? 0] ??
    'Something went wrong. Please try again.'
  );
}

/**
 * The problem an answer carries, whatever its body: the server's problem+json, or, when something on
 * the way answered (a proxy's HTML, an empty body), one that knows at least the status.
 */
export function problemOf(error: unknown, response?: Response): Problem {
  const status = response?.status;
  if (error && typeof error === 'object' && !Array.isArray(error)) {
    const problem = error as Problem;
    return problem.status ? problem : { ...problem, status };
  }
  return { status };
}

/** The user may not see this at all (their role, or not a member): no retry will help. */
export function isForbidden(problem: Problem | undefined | null): boolean {
  return problem?.status === 403 || slug(problem) === 'forbidden' || slug(problem) === 'tenant-forbidden';
}

export function fieldErrors(problem: Problem | undefined | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of problem?.errors ?? []) byField[e.field] = e.message;
  return byField;
}

/** Trying again can help: the server or the network failed, or asked to wait; not a refusal. */
export function retryable(problem: Problem | undefined | null): boolean {
  const status = problem?.status;
  return status === undefined || status >= 500 || status === 429 || status === 408;
}
