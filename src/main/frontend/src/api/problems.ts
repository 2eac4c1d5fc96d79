// Problems (RFC 9457) in words a receptionist understands (the catalogue's), and their field
// errors by field.
import { text } from '@/i18n/text';

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
};

const WORDS = text.problems.byType;

// When the body names no problem we know (a proxy's HTML page, an empty body), the status does.
const BY_STATUS: Record<number, string> = {
  401: text.problems.sessionEnded,
  403: WORDS.forbidden,
  404: WORDS['not-found'],
  429: text.problems.tooMany,
  502: WORDS['database-unavailable'],
  503: WORDS['database-unavailable'],
  504: WORDS['database-unavailable'],
};

export function slug(problem: Problem | undefined | null): string {
  return problem?.type?.replace('urn:hms:problem:', '') ?? '';
}

export function describe(problem: Problem | undefined | null): string {
  if (!problem) return text.problems.unknown;
  return (
    WORDS[slug(problem)] ?? problem.detail ?? problem.title ?? BY_STATUS[problem.status ?? 0] ?? text.problems.unknown
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
