// The words of the user interface in English, the language shipped: every text a person reads
// comes from here (through `text` in ./text.ts), so a translation is one more file of this shape.
// Sections follow the screens; texts with a value in them are functions.

export const en = {
  app: {
    name: 'Hospital Management',
    skipToContent: 'Skip to content',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  toast: {
    region: 'Notifications',
  },
  audit: {
    title: 'Audit log',
    intro: 'Who did what, to which patient or record, and when. Times are on the hospital clock.',
    person: 'Person',
    anyone: 'Anyone',
    action: 'Action',
    anyAction: 'Any action',
    resourceType: 'Resource type',
    anyType: 'Any type',
    from: 'From (day)',
    to: 'To (day, included)',
    clear: 'Clear filters',
    exportCsv: 'Export CSV',
    exporting: 'Exporting…',
    exported: 'Audit log exported as CSV.',
    loading: 'Loading the audit log',
    empty: 'No events match these filters.',
    events: 'events',
    columns: { when: 'When', who: 'Who', action: 'Action', resource: 'Resource', outcome: 'Outcome' },
    outside: 'Not a member of this hospital',
    refused: 'refused',
    outcome: { SUCCESS: 'Done', DENIED: 'Refused' } as Record<string, string>,
    table: 'Audit events',
  },
};

/** The shape every translation has: the same keys, a string or a function where English has one. */
export type Messages = Widen<typeof en>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends object ? Widen<T[K]> : T[K] };
