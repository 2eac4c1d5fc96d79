// The keyboard shortcuts of the signed-in screens: `/` finds a patient, `n` registers one, `?`
// lists them. Single keys, so they must never take a letter meant for a field: nothing fires while
// the focus is where one types (a field, an editable region, a list box or menu) or inside a dialog,
// nor with Ctrl, Alt or Meta held (the browser's and the screen reader's own shortcuts).
import type { components } from '@/api/schema';

export type Shortcut = 'search' | 'newPatient' | 'help';

/** The keys, in the order the shortcuts dialog lists them. */
export const SHORTCUT_KEYS: Record<Shortcut, string> = { search: '/', newPatient: 'n', help: '?' };

const TYPING =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="listbox"], [role="menu"], [role="menuitem"], [role="option"]';
const INSIDE_A_DIALOG = '[role="dialog"], [role="alertdialog"]';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing' | 'defaultPrevented'> & {
  target: EventTarget | null;
};

/** Whether the focus is where a key press is text or belongs to a control. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest(TYPING) !== null || target.closest(INSIDE_A_DIALOG) !== null;
}

/** The shortcut a key press means, or null. Shift is allowed: `?` needs it on most layouts. */
export function shortcutOf(event: Key): Shortcut | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return null;
  if (typingIn(event.target)) return null;
  switch (event.key) {
    case '/':
      return 'search';
    case 'n':
      return 'newPatient';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Who may register patients (the Rule matrix: every role of a hospital, docs/permissions.md). */
export function mayRegisterPatients(role: components['schemas']['TenantRole'] | null | undefined): boolean {
  return role === 'ADMIN' || role === 'DOCTOR' || role === 'NURSE' || role === 'RECEPTIONIST';
}

/** The shortcuts a person has: finding patients and registering them need a hospital. */
export function available(role: components['schemas']['TenantRole'] | null | undefined): Shortcut[] {
  const all: Shortcut[] = [];
  if (role) all.push('search');
  if (mayRegisterPatients(role)) all.push('newPatient');
  all.push('help');
  return all;
}

/** The patients list's search field, and how another screen asks the list to focus it. */
export const SEARCH_FIELD_ID = 'patient-search';
export const SEARCH_HASH = '#search';
