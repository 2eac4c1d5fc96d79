import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyChoice,
  chooseTheme,
  parseChoice,
  resolveAppearance,
  storedChoice,
  THEME_KEY,
  THEME_SCRIPT,
} from './theme';

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: dark && query === '(prefers-color-scheme: dark)',
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.className = '';
});

describe('the theme choice', () => {
  it('is System unless Light or Dark was stored', () => {
    expect(parseChoice(null)).toBe('system');
    expect(parseChoice('purple')).toBe('system');
    expect(parseChoice('dark')).toBe('dark');
    expect(parseChoice('light')).toBe('light');
  });

  it('System follows the operating system; Light and Dark override it', () => {
    expect(resolveAppearance('system', true)).toBe('dark');
    expect(resolveAppearance('system', false)).toBe('light');
    expect(resolveAppearance('light', true)).toBe('light');
    expect(resolveAppearance('dark', false)).toBe('dark');
  });

  it('is remembered in localStorage and put on <html>, System by forgetting', () => {
    systemPrefersDark(true);
    expect(chooseTheme('light')).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
    expect(document.documentElement.classList.contains('light')).toBe(true);
    expect(storedChoice()).toBe('light');
    chooseTheme('system');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(document.documentElement.classList.contains('light')).toBe(false);
  });

  it('the inline script of <head> applies the same choice as the toggle, before any React runs', () => {
    for (const [stored, dark, expected] of [
      [null, true, 'dark'],
      [null, false, 'light'],
      ['light', true, 'light'],
      ['dark', false, 'dark'],
      ['nonsense', true, 'dark'],
    ] as const) {
      systemPrefersDark(dark);
      if (stored) localStorage.setItem(THEME_KEY, stored);
      else localStorage.removeItem(THEME_KEY);
      document.documentElement.className = expected === 'dark' ? 'light' : 'dark';
      new Function(THEME_SCRIPT)();
      expect(document.documentElement.className, `${stored} with the system ${dark ? 'dark' : 'light'}`).toBe(expected);
      expect(applyChoice(parseChoice(stored))).toBe(expected);
    }
  });
});
