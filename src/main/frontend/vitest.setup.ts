// Each test starts from an empty page and the real timers.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { installServer, server } from '@/testing/server';
import { showTimesIn } from '@/ui/format';

installServer();

// What jsdom lacks and Radix's scroll areas and popups use.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Screens render in a hospital that writes en-GB (the default), whatever Node's own locale is;
// format.test.ts sets the other locales and zones it tests.
beforeEach(() => showTimesIn(undefined, 'en-GB'));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  server({});
  sessionStorage.clear();
});
