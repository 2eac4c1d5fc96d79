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
};

/** The shape every translation has: the same keys, a string or a function where English has one. */
export type Messages = Widen<typeof en>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends object ? Widen<T[K]> : T[K] };
