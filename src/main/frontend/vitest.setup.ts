// Each test starts from an empty page and the real timers.
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { installServer, server } from '@/testing/server';

installServer();

// What jsdom lacks and Radix's scroll areas and popups use.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  server({});
  sessionStorage.clear();
});
