// End-to-end test in headless Chromium (Debian's, driven by playwright-core) against the stack
// the build started: a doctor's day from sign-up to sign-out, a second hospital's user seeing none
// of it, axe-core on the main screens, and screenshots under target/screenshots. The pages run
// under the server's Content-Security-Policy, and any violation the browser reports fails the run.
// Environment: BASE_URL, COGNITO_CODE, ADMIN_EMAIL, ADMIN_PASSWORD, SCREENSHOTS.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { caller } from '../../../test/stack/api.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = process.env.BASE_URL;
const CODE = process.env.COGNITO_CODE;
const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
const PASSWORD = 'Str0ng-Pass!e2e';
mkdirSync(SHOTS, { recursive: true });

const unique = (who) => `${who}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.hms.test`;

const call = caller(BASE);

async function userByApi(who) {
  const email = unique(who);
  await call('POST', '/auth/signup', { body: { email, password: PASSWORD, name: who } });
  await call('POST', '/auth/confirm', { body: { email, code: CODE } });
  const { accessToken } = await call('POST', '/auth/signin', { body: { email, password: PASSWORD } });
  return { email, token: accessToken };
}

async function hospital(prefix, adminEmail) {
  const platform = await call('POST', '/auth/signin', {
    body: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  });
  const id = `${prefix}_${Date.now().toString(36)}`;
  await call('POST', '/platform/tenants', { token: platform.accessToken, body: { id, name: `${prefix} hospital`, adminEmail } });
  return id;
}

/**
 * No serious or critical accessibility violation on the page. axe is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern: an inline script tag
 * would be refused (and reported), and the policy stays on for everything the page itself runs.
 */
async function accessible(page, screen) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `accessibility of ${screen}`,
  );
  policed(screen);
}

/** Content-Security-Policy violations the pages reported (the listeners are set up below). */
const violations = [];

function policed(screen) {
  assert.deepEqual(violations, [], `Content-Security-Policy violations up to ${screen}`);
}

async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

function nextWeekday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return d.toISOString().slice(0, 10);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  // Every Content-Security-Policy violation on any page: the page's own report event, forwarded by
  // a script the browser runs before the page's (the DevTools protocol's, so the policy allows it),
  // and Chromium's console message, in case a violation happens before the listener exists.
  await context.exposeBinding('reportCspViolation', ({ page }, v) => violations.push({ page: page.url(), ...v }));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, at: `${e.sourceFile}:${e.lineNumber}` }),
    ),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push({ page: page.url(), console: m.text() }));
  const first = await page.goto(`${BASE}/signin/`);
  assert.match(first.headers()['content-security-policy'] ?? '', /script-src 'self' 'sha256-/, 'the pages carry their policy');

  // Sign up and confirm, as a new doctor would.
  const doctorEmail = unique('doctor');
  await page.goto(`${BASE}/signup/`);
  await accessible(page, 'sign-up');
  await page.getByLabel('Your name').fill('Dr. E2E');
  await page.getByLabel('E-mail').fill(doctorEmail);
  await page.getByLabel(/Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/confirm\//);
  await page.getByLabel('Code').fill(CODE);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForURL(/\/signin\//);

  // The hospital: made by the platform, with an administrator who adds the new user as DOCTOR.
  const admin = await userByApi('admin');
  const tenant = await hospital('e2e', admin.email);
  await call('POST', '/api/members', { token: admin.token, tenant, body: { email: doctorEmail, role: 'DOCTOR' } });

  await accessible(page, 'sign-in');
  await shot(page, 'sign-in');
  await page.getByLabel('E-mail').fill(doctorEmail);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard\//);
  await page.getByRole('heading', { name: 'Your day' }).waitFor();
  await accessible(page, 'dashboard');

  // A patient, with the server's validation shown on the field first.
  await page.goto(`${BASE}/patients/new/`);
  await page.getByLabel('Given name').fill('Ada');
  await page.getByLabel('Family name').fill('Lovelace-E2E');
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Some fields need attention.').waitFor();
  await page.getByLabel('Date of birth').fill('1985-12-10');
  await page.getByLabel('Phone').fill('+44 20 7946 0000');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/patients\/view\/\?id=/);
  const patientId = new URL(page.url()).searchParams.get('id');
  await page.getByRole('heading', { name: /Lovelace-E2E, Ada/ }).waitFor();
  await accessible(page, 'patient');

  // An appointment from the doctor's free slots on a weekday.
  const day = nextWeekday(2);
  await page.goto(`${BASE}/appointments/?patientId=${patientId}&day=${day}`);
  const slots = page.getByRole('list', { name: 'Free slots' });
  await slots.getByRole('listitem').first().waitFor();
  await shot(page, 'booking');
  await slots.getByRole('listitem').first().click();
  await page.getByText('SCHEDULED').first().waitFor();
  await page.getByRole('button', { name: 'Confirm' }).first().click();
  await page.getByText('CONFIRMED').first().waitFor();
  await accessible(page, 'appointments');
  await shot(page, 'appointments');

  // A record: draft with vitals and a diagnosis, then signed.
  await page.goto(`${BASE}/records/edit/?patientId=${patientId}`);
  await page.getByLabel('Chief complaint').fill('Wheezing at night');
  await page.getByLabel('Assessment').fill('Asthma, mild intermittent');
  await page.getByLabel('Systolic (mmHg)').fill('118');
  await page.getByLabel('Diastolic (mmHg)').fill('76');
  await page.getByRole('button', { name: 'Add diagnosis' }).click();
  await page.getByLabel('Code').fill('J45.20');
  await page.getByLabel('Description').fill('Mild intermittent asthma');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/records\/view\/\?id=/);
  await page.getByText('DRAFT').first().waitFor();
  await page.getByRole('button', { name: 'Finalize' }).click();
  await page.getByText('FINAL').first().waitFor();
  await page.getByText('J45.20 Mild intermittent asthma').waitFor();
  await accessible(page, 'record');
  await shot(page, 'record');

  // A file: straight to storage with the presigned PUT, and back through the download URL.
  await page.goto(`${BASE}/patients/view/?id=${patientId}`);
  await page.getByRole('tab', { name: 'Files' }).click();
  const content = 'Peak flow diary: 420 L/min';
  await page.getByLabel('File to upload').setInputFiles({ name: 'peak-flow.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
  const downloadButton = page.getByRole('button', { name: 'Download peak-flow.txt' });
  await downloadButton.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString('utf8'), content, 'the downloaded file');
  await shot(page, 'patient');

  // Error, empty and forbidden states, and the phone's width: the functions at the end of the file.
  await notFoundPage(page);
  await badDayParameter(page);
  await badIdParameter(page);
  await failedListRetries(page, 'Lovelace-E2E, Ada');
  await forbiddenList(page);
  await phoneWidth(page, [
    ['dashboard', '/dashboard/'],
    ['patients', '/patients/'],
    ['patient', `/patients/view/?id=${patientId}`],
    ['new-patient', '/patients/new/'],
    ['appointments', `/appointments/?day=${day}`],
    ['record-editor', `/records/edit/?patientId=${patientId}`],
  ]);
  await administratorsScreens(await context.newPage(), admin.email, doctorEmail);

  // Sign out: back at sign-in, and the API refuses the old session's refresh.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/signin\//);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('hms.refresh')), null, 'refresh token forgotten');

  // Someone of another hospital sees none of it.
  const other = await userByApi('other');
  await hospital('e2eother', other.email);
  await page.getByLabel('E-mail').fill(other.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard\//);
  await page.goto(`${BASE}/patients/`);
  await page.getByLabel('Search patients').fill('Lovelace-E2E');
  await page.getByText('No patient matches').waitFor();
  // A select's popup locks the page's scroll and styles its viewport at run time: under the policy.
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active', exact: true }).click();
  await page.getByText('No patient matches').waitFor();
  policed('a select');
  await page.goto(`${BASE}/patients/view/?id=${patientId}`);
  await page.getByText('This no longer exists, or it belongs to another hospital.').waitFor();
  policed('the end');
  console.log('e2e: all steps passed');
} finally {
  await browser.close();
}

// ---------------------------------------------------------------------------------------------
// States and small screens (issue 21, helper "states"): each check is a function of its own, so
// that the per-role journeys can take it over as it is. Each expects a signed-in clinician.

/** An unknown address shows the front end's 404 page, with status 404, not the API's JSON. */
async function notFoundPage(page) {
  const answer = await page.goto(`${BASE}/no/such/page/`);
  assert.equal(answer.status(), 404, 'an unknown address answers 404');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await accessible(page, 'the 404 page');
}

/** A day in the address that is no date shows today and says so, instead of crashing. */
async function badDayParameter(page) {
  await page.goto(`${BASE}/appointments/?day=tomorrow`);
  await page.getByText('“tomorrow” is not a date').waitFor();
  await page.getByRole('heading', { name: 'Appointments' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'This page stopped working' }).count(), 0, 'no crash');
  await accessible(page, 'a bad day in the address');
}

/** A patient link whose id is no id says so, instead of asking the server for nonsense. */
async function badIdParameter(page) {
  await page.goto(`${BASE}/patients/view/?id=nonsense`);
  await page.getByText('This link names no patient. Open the patient from the list.').waitFor();
  await accessible(page, 'a bad id in the address');
}

/** A list whose load fails shows the error and a retry, and no empty state; the retry loads it. */
async function failedListRetries(page, patientName) {
  let failing = true;
  const patients = (url) => url.pathname === '/api/patients';
  await page.route(patients, (route) =>
    failing
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'urn:hms:problem:database-unavailable', title: 'Service Unavailable', status: 503 }),
        })
      : route.continue(),
  );
  try {
    await page.goto(`${BASE}/patients/`);
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    assert.equal(await page.getByText('No patients yet.').count(), 0, 'no empty state under an error');
    await accessible(page, 'a failed list');
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: patientName }).waitFor();
    assert.equal(await page.getByText('The system is briefly unavailable').count(), 0, 'the error is gone once loaded');
  } finally {
    await page.unroute(patients);
  }
}

/** A list the role may not see says so, with no retry and no empty state. */
async function forbiddenList(page) {
  await page.goto(`${BASE}/admin/audit/`);
  await page.getByText('Your role does not allow this.').waitFor();
  assert.equal(await page.getByText('Nothing recorded.').count(), 0, 'no empty state when forbidden');
  assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0, 'no retry when forbidden');
}

/** Each screen at 390 px: the page itself never scrolls sideways (wide tables scroll in place). */
async function phoneWidth(page, screens) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    for (const [name, path] of screens) {
      await page.goto(`${BASE}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await shot(page, `phone-${name}`);
      assert.ok(width <= 390, `${path} is ${width} px wide at 390 px: the page scrolls sideways`);
    }
  } finally {
    await page.setViewportSize(desktop);
  }
}

/**
 * The hospital administrator's screens, in a tab of their own: removing a member asks first (and
 * keeping them removes nothing), and members, audit log and patients (with the export) fit 390 px.
 */
async function administratorsScreens(page, email, memberEmail) {
  page.setDefaultTimeout(15000);
  await page.goto(`${BASE}/signin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard\//);
  await page.goto(`${BASE}/admin/members/`);
  await page.getByRole('button', { name: `Remove ${memberEmail}` }).waitFor();
  await accessible(page, 'members');
  await page.getByRole('button', { name: `Remove ${memberEmail}` }).click();
  const question = page.getByRole('alertdialog');
  await question.getByText(`Remove ${memberEmail} from this hospital?`).waitFor();
  await accessible(page, 'the removal question');
  await question.getByRole('button', { name: 'Keep' }).click();
  await question.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: `Remove ${memberEmail}` }).waitFor();
  await phoneWidth(page, [
    ['members', '/admin/members/'],
    ['audit', '/admin/audit/'],
    ['admin-patients', '/patients/'],
  ]);
  await page.close();
}
