// The browser journeys (Playwright Test), one file per role under journeys/, run by FrontEndIT
// against the stack the build started, in Debian's Chromium (no browser download). One worker:
// the journeys share a small machine with the server under test. Every journey runs in the light
// theme; the administrators' journeys (every file whose name starts with admin or hospital-admin)
// run again with the system's colour scheme dark, so axe checks their screens in both.
import { defineConfig } from '@playwright/test';

const ADMINS = /(^|[\\/])(hospital-)?admin[^\\/]*\.spec\.mjs$/;

export default defineConfig({
  testDir: './journeys',
  testMatch: /.*\.spec\.mjs/,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  globalTimeout: 9 * 60_000,
  forbidOnly: true,
  reporter: [['list']],
  projects: [
    { name: 'light', use: { colorScheme: 'light' } },
    { name: 'dark', testMatch: ADMINS, use: { colorScheme: 'dark' } },
  ],
  outputDir: process.env.E2E_RESULTS ?? '../../../../target/e2e-results',
  use: {
    baseURL: process.env.BASE_URL,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
