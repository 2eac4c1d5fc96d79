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
  settings: {
    title: 'Settings',
    loading: 'Loading the settings',
    forbidden: "Only the hospital's administrators change its settings.",
    name: "Hospital's name",
    timeZone: 'Time zone',
    timeZoneHint: 'Type to search, e.g. Europe/Berlin.',
    locale: 'Dates, times and numbers',
    localeOption: (language: string, tag: string) => `${language} (${tag})`,
    preview: (sample: string) => `Shown like this: ${sample}`,
    firstDayOfWeek: 'Weeks start on',
    appointmentMinutes: 'Default appointment length (minutes)',
    appointmentMinutesHint:
      'Free slots and new bookings take this length unless another is chosen; 5 to 480, in steps of 5.',
    workingHours: 'Working hours',
    workingHoursHint:
      "In the hospital's time zone. Free slots are offered inside these hours; a day without hours is closed.",
    save: 'Save settings',
    saved: 'Settings saved.',
    days: {
      MONDAY: 'Monday',
      TUESDAY: 'Tuesday',
      WEDNESDAY: 'Wednesday',
      THURSDAY: 'Thursday',
      FRIDAY: 'Friday',
      SATURDAY: 'Saturday',
      SUNDAY: 'Sunday',
    },
  },
};

/** The shape every translation has: the same keys, a string or a function where English has one. */
export type Messages = Widen<typeof en>;

type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => string
      ? T[K]
      : T[K] extends object
        ? Widen<T[K]>
        : T[K];
};
