// The audit log's filters as the address keeps them (?person=&action=&type=&from=&to=&page=), so
// that a link reproduces the view, and as the API asks for them: days on the hospital's clock
// become instants from its midnight, the "to" day included.
import type { components } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { hospitalDayBounds, isId, validDay } from '@/ui/format';

type Schemas = components['schemas'];
export type AuditAction = Schemas['AuditAction'];

export const ACTIONS: AuditAction[] = [
  'READ',
  'SEARCH',
  'CREATE',
  'UPDATE',
  'DELETE',
  'EXPORT',
  'DOWNLOAD_URL',
  'FINALIZE',
  'AMEND',
  'ACCESS',
  'DENIED',
];

export const RESOURCE_TYPES = [
  'PATIENT',
  'APPOINTMENT',
  'RECORD',
  'FILE',
  'MEMBER',
  'SETTINGS',
  'AUDIT',
  'TENANT',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export type Filters = {
  person: string | null;
  action: AuditAction | null;
  type: ResourceType | null;
  from: string | null;
  to: string | null;
  page: number;
};

/** The filters the address holds; a value that is none (a typo in a link) is no filter. */
export function readFilters(address: URLSearchParams): Filters {
  const action = address.get('action');
  const type = address.get('type');
  const person = address.get('person');
  const page = Number(address.get('page'));
  return {
    person: person && /^[0-9A-Za-z-]{1,64}$/.test(person) ? person : null,
    action: ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : null,
    type: RESOURCE_TYPES.includes(type as ResourceType) ? (type as ResourceType) : null,
    from: validDay(address.get('from')),
    to: validDay(address.get('to')),
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };
}

/** The API's query for the filters (without the page). */
export function apiQuery(f: Filters) {
  return {
    actor: f.person ?? undefined,
    action: f.action ?? undefined,
    resourceType: f.type ?? undefined,
    from: f.from ? hospitalDayBounds(f.from).from : undefined,
    to: f.to ? hospitalDayBounds(f.to).to : undefined,
  };
}

type Labelled = {
  resourceType: string;
  resourceId?: string | null;
  resourceLabel?: Schemas['AuditResourceLabel'] | null;
};

/**
 * Whether the event is a list of a patient's records: audited as RECORD with the patient's id, which
 * its label repeats as the patient's.
 */
export function listsRecordsOf(e: Labelled): boolean {
  return e.resourceType === 'RECORD' && !!e.resourceId && e.resourceLabel?.patientId === e.resourceId;
}

export type FilterName = keyof Omit<Filters, 'page'>;

// The API's parameter each filter is sent as.
const PARAMETERS: Record<string, FilterName> = {
  actor: 'person',
  action: 'action',
  resourceType: 'type',
  from: 'from',
  to: 'to',
};

/** A problem's field errors at the filters they are about (?to= is the To filter); the others left out. */
export function filterErrors(problem: Problem | null | undefined): Partial<Record<FilterName, string>> {
  const errors: Partial<Record<FilterName, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors(problem))) {
    const filter = PARAMETERS[field];
    if (filter) errors[filter] = message;
  }
  return errors;
}

/** Where a labelled resource is shown, if anywhere. */
export function resourceHref(e: Labelled, day: (iso: string) => string): string | null {
  const label = e.resourceLabel;
  if (!label || !isId(e.resourceId)) return null;
  if (listsRecordsOf(e)) return `/patients/view/?id=${e.resourceId}`;
  switch (e.resourceType) {
    case 'PATIENT':
      return `/patients/view/?id=${e.resourceId}`;
    case 'RECORD':
      return `/records/view/?id=${e.resourceId}`;
    case 'APPOINTMENT':
      return label.at && label.patientId ? `/appointments/?day=${day(label.at)}&patientId=${label.patientId}` : null;
    default:
      return null;
  }
}
