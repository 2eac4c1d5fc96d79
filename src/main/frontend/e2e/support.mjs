// What every journey shares: the browser page under the server's Content-Security-Policy (any
// violation a page reports fails the journey), `look` (axe at desktop and phone width, and a
// screenshot of each), and the API calls that set a journey's scene up (users, hospitals,
// members). Environment: BASE_URL, COGNITO_CODE, ADMIN_EMAIL, ADMIN_PASSWORD, SCREENSHOTS.
import { test as base, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { caller } from '../../../test/stack/api.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.BASE_URL;
export const CODE = process.env.COGNITO_CODE;
export const PASSWORD = 'Str0ng-Pass!e2e';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

export const call = caller(BASE);

export const unique = (who) =>
  `${who}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.hms.test`;

/** A confirmed user made through the API, with an access token. */
export async function userByApi(who) {
  const email = unique(who);
  // Named by their e-mail at the identity provider, which hospitals show until they name them.
  await call('POST', '/auth/signup', { body: { email, password: PASSWORD, name: email } });
  await call('POST', '/auth/confirm', { body: { email, code: CODE } });
  const { accessToken } = await call('POST', '/auth/signin', { body: { email, password: PASSWORD } });
  return { email, token: accessToken };
}

export async function platformToken() {
  const { accessToken } = await call('POST', '/auth/signin', {
    body: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  });
  return accessToken;
}

/** A new hospital whose first administrator is adminEmail (invited when unknown): its id. */
export async function hospital(prefix, adminEmail) {
  const id = `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 4)}`;
  await call('POST', '/platform/tenants', {
    token: await platformToken(),
    body: { id, name: `${prefix} hospital`, adminEmail },
  });
  return id;
}

/** A hospital with an administrator and one member per role asked: { tenant, admin, [role]: user }. */
export async function staffedHospital(prefix, roles) {
  const admin = await userByApi('admin');
  const tenant = await hospital(prefix, admin.email);
  const staff = { tenant, admin };
  for (const role of roles) {
    const user = await userByApi(role.toLowerCase());
    await call('POST', '/api/members', { token: admin.token, tenant, body: { email: user.email, role } });
    staff[role] = user;
  }
  return staff;
}

export function nextWeekday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Signs in through the sign-in screen and waits for the landing page. */
export async function signIn(page, email, password = PASSWORD, landing = /\/dashboard\//) {
  await page.goto(`${BASE}/signin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing);
}

/**
 * The screen as a person sees it: no serious or critical accessibility violation at desktop width
 * and at 390 px, a screenshot of each (name.png, name-phone.png), and no Content-Security-Policy
 * violation so far. axe is evaluated through the DevTools protocol, which the page's policy does
 * not govern, so the policy stays on for everything the page itself runs.
 */
export async function look(page, name) {
  const size = page.viewportSize() ?? DESKTOP;
  // The dark project's screenshots sit beside the light ones.
  const scheme = test.info().project.name === 'dark' ? 'dark' : 'light';
  if (scheme === 'dark') name = `${name}-dark`;
  // The page shows the theme the system asks for (the inline script of <head>, before React).
  expect(await page.evaluate(() => document.documentElement.className), `the theme of ${name}`).toContain(scheme);
  for (const [viewport, file] of [
    [DESKTOP, name],
    [PHONE, `${name}-phone`],
  ]) {
    await page.setViewportSize(viewport);
    // The page at rest: the pointer off the button it last pressed (a hovered solid button is a
    // shade lighter in dark, and axe would judge that passing state as the button's colours).
    await page.mouse.move(0, 0);
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, `accessibility of ${name} at ${viewport.width} px`).toEqual([]);
    if (viewport === PHONE) await fitsThePhone(page, name);
    await page.screenshot({ path: `${SHOTS}/${file}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
  policed(page, name);
}

/**
 * At 390 px the page itself never scrolls sideways, a table wider than the screen scrolls
 * inside its own container (one that scrolls horizontally and fits the screen) rather than being
 * cut off, and every link of the sections' navigation is whole on the screen (none hidden behind
 * the edge, where nothing says there are more).
 */
async function fitsThePhone(page, name) {
  const { width, tables, links } = await page.evaluate(() => {
    const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    const tables = [...document.querySelectorAll('table')]
      .filter((t) => t.getBoundingClientRect().width > window.innerWidth)
      .map((t) => {
        let box = t.parentElement;
        while (box && !scrolls(box)) box = box.parentElement;
        return box && box.getBoundingClientRect().width <= window.innerWidth ? null : t.innerText.slice(0, 60);
      })
      .filter(Boolean);
    const links = [...document.querySelectorAll('nav[aria-label="Sections"] a')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left < 0 || r.right > window.innerWidth;
      })
      .map((a) => a.innerText);
    return { width: document.scrollingElement.scrollWidth, tables, links };
  });
  expect(width, `the width of ${name} at 390 px (the page never scrolls sideways)`).toBeLessThanOrEqual(PHONE.width);
  expect(tables, `tables of ${name} wider than 390 px that do not scroll in their own container`).toEqual([]);
  expect(links, `links of the navigation of ${name} cut off at 390 px`).toEqual([]);
}

/** No Content-Security-Policy violation reported by any page of this context so far. */
export function policed(page, where) {
  expect(page.context().violations ?? [], `Content-Security-Policy violations up to ${where}`).toEqual([]);
}

/**
 * Every context records the Content-Security-Policy violations of its pages: the page's own report
 * event, forwarded by a script the browser runs before the page's (the DevTools protocol's, so the
 * policy allows it), and Chromium's console message, in case a violation happens before the
 * listener exists. A journey ends with none.
 */
async function watchPolicy(context) {
  context.violations = [];
  await context.exposeBinding('reportCspViolation', ({ page }, v) =>
    context.violations.push({ page: page.url(), ...v }),
  );
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        at: `${e.sourceFile}:${e.lineNumber}`,
      }),
    ),
  );
  context.on('page', (p) =>
    p.on(
      'console',
      (m) => /Content.Security.Policy/i.test(m.text()) && context.violations.push({ page: p.url(), console: m.text() }),
    ),
  );
}

/**
 * Every page's errors in the console and the scripts' uncaught exceptions. An API answer that is
 * not 2xx (a 400 whose messages a form shows, a 503 a list offers to retry) makes Chromium log
 * "Failed to load resource", and the screen shows the problem: expected. Anything else (a missing
 * favicon or script, an exception, a hydration error) fails the journey.
 */
const API = /^\/(api|auth|platform)\//;

function watchConsole(context) {
  context.consoleErrors = [];
  context.on('page', (p) => {
    p.on('console', (m) => {
      if (m.type() !== 'error') return;
      const from = m.location()?.url ?? '';
      const answered = /^Failed to load resource: the server responded with a status of/.test(m.text());
      if (answered && from && API.test(new URL(from).pathname)) return;
      if ((context.allowedConsole ?? []).some((pattern) => pattern.test(m.text()))) return;
      context.consoleErrors.push(`${p.url()}: ${m.text()} (${from})`);
    });
    p.on('pageerror', (e) => context.consoleErrors.push(`${p.url()}: uncaught ${e.message}`));
  });
}

/** A console error the journey brings about on purpose (a 404 page's own status). */
export function allowConsoleError(page, pattern) {
  const context = page.context();
  context.allowedConsole = [...(context.allowedConsole ?? []), pattern];
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await watchPolicy(context);
    watchConsole(context);
    await use(context);
    expect(context.violations, 'Content-Security-Policy violations').toEqual([]);
    expect(context.consoleErrors, 'errors in the console').toEqual([]);
  },
});

export { expect };
