// The words the screens show, in the one language shipped (English). To add a language: write a
// `Messages` object like en.ts (the compiler lists any key it misses) and pick it here from the
// hospital's locale (settings), falling back to English.
import { en, type Messages } from './en';

export const text: Messages = en;
export type { Messages };
