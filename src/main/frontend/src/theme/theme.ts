// Light or dark: the person's choice (System, Light or Dark, kept in this browser's localStorage),
// System following the operating system's prefers-color-scheme. The choice shows as a class on
// <html> (`light` or `dark`), which Radix Themes' root (appearance "inherit") and globals.css read.
// The same few lines run twice: as an inline script in <head> before the first paint (so a dark
// screen never flashes white; the build hashes it for the Content-Security-Policy, so it must be a
// constant text), and from the toggle in the shell.

export const THEME_KEY = 'hms.theme';
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Appearance = 'light' | 'dark';

/** The stored choice, System when there is none or it is not one of ours. */
export function parseChoice(stored: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'system';
}

/** What the screen shows for a choice, given whether the system prefers dark. */
export function resolveAppearance(choice: ThemeChoice, systemDark: boolean): Appearance {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The choice this browser remembers (storage may be refused: private windows, policies). */
export function storedChoice(): ThemeChoice {
  try {
    return parseChoice(window.localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

/** Puts the appearance of a choice on <html>. */
export function applyChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): Appearance {
  const appearance = resolveAppearance(choice, systemDark());
  root.classList.remove(appearance === 'dark' ? 'light' : 'dark');
  root.classList.add(appearance);
  return appearance;
}

/** Remembers a choice and applies it. */
export function chooseTheme(choice: ThemeChoice): Appearance {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered: it still applies to this page.
  }
  return applyChoice(choice);
}

/** Follows the system's setting while the choice is System; returns the unsubscribe. */
export function followSystem(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * The inline script of every page's <head>: applyChoice(storedChoice()) before anything paints,
 * in plain ES5 with no imports. A constant, so its hash in the policy matches every page.
 */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem('${THEME_KEY}');var d=c==='dark'||(c!=='light'&&window.matchMedia('${DARK_QUERY}').matches);var e=document.documentElement;e.classList.remove(d?'light':'dark');e.classList.add(d?'dark':'light');}catch(x){document.documentElement.classList.add('light');}})();`;
