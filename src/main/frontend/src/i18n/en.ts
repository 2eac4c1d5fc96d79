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
  members: {
    title: 'Members',
    empty: 'No members yet.',
    listLabel: 'Members of the hospital',
    addEmail: 'E-mail of the person to add',
    addName: 'Name as colleagues see it (optional)',
    addNamePlaceholder: 'e.g. Dr Ada Lovelace',
    addRole: 'Role of the new member',
    add: 'Add member',
    nameOfSpaces: 'Give a name, or leave the field empty.',
    added: (who: string, role: string) =>
      `${who} added as ${role}. They sign in with the temporary password e-mailed to them, then choose their own.`,
    you: 'You',
    invitationSent: (when: string) => `Invitation sent ${when}`,
    activeSince: (when: string) => `Since ${when}`,
    statusInvited: 'Invited',
    statusActive: 'Active',
    resend: 'Resend invitation',
    resendLabel: (who: string) => `Resend invitation to ${who}`,
    resent: (who: string) => `Invitation sent again to ${who}.`,
    roleOf: (who: string) => `Role of ${who}`,
    roleQuestion: (who: string, role: string) => `Make ${who} ${role}?`,
    roleExplained:
      'Their access in this hospital changes at once, with their next request: what they may see and do follows the new role.',
    roleConfirm: (role: string) => `Make ${role}`,
    roleChanged: (who: string, role: string) => `${who} is now ${role}.`,
    keep: 'Keep',
    remove: 'Remove',
    removeLabel: (who: string) => `Remove ${who}`,
    removeQuestion: (who: string) => `Remove ${who} from this hospital?`,
    removeExplained: "They lose access to this hospital's patients at once. You can add them again later.",
    removeConfirm: 'Remove from the hospital',
    removed: (who: string) => `${who} removed from the hospital.`,
  },
};

/** The shape every translation has: the same keys, a string or a function where English has one. */
export type Messages = Widen<typeof en>;

type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : T[K] extends object
        ? Widen<T[K]>
        : T[K];
};
