// The dead ends and failures a person meets, each shown in words on the screen: an address with no
// page, a page opened without a session or whose session the server no longer accepts, a list the
// server fails to give (retry, never "No patients yet."), a day in the address that is no date, a
// CSV export the server refuses (nothing saved), and search as you type whose older answer arrives
// last. The server's failures are made by answering the browser's request in its place (Playwright's
// route): what is tested is what the front end does with the answer.
import { BASE, PASSWORD, allowConsoleError, call, expect, look, signIn, staffedHospital, test } from '../support.mjs';

const problem = (status, slug, title) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: `urn:hms:problem:${slug}`, title, status }),
});
const patientsList = (url) => url.pathname === '/api/patients';
// The screen's own alerts (Next's route announcer is an alert too, for page changes).
const alerts = (page) => page.locator('[role=alert]:not(#__next-route-announcer__)');

test('dead ends and failures are explained on screen, never raw JSON or a contradiction', async ({ page }) => {
  const { tenant, admin } = await staffedHospital('errors', []);
  for (const [givenName, familyName] of [
    ['Old', 'Stale-Search'],
    ['New', 'Fresh-Search'],
  ]) {
    await call('POST', '/api/patients', {
      token: admin.token,
      tenant,
      body: { givenName, familyName, dateOfBirth: '1980-01-01', sex: 'UNKNOWN' },
    });
  }

  await test.step('an address with no page shows the 404 page, not JSON', async () => {
    allowConsoleError(page, /status of 404/);
    const answer = await page.goto(`${BASE}/no/such/page/`);
    expect(answer.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
    await look(page, 'not-found');
  });

  await test.step('a page opened without a session asks to sign in, then opens', async () => {
    await page.goto(`${BASE}/patients/`);
    await page.waitForURL(/\/signin\/\?next=%2Fpatients%2F/);
    await expect(page.getByText('Please sign in to open that page.')).toBeVisible();
    await look(page, 'sign-in-first');
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/patients\/$/);
    await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
  });

  await test.step('a 401 the session cannot recover from leads to sign-in, saying why', async () => {
    await page.route(patientsList, (route) => route.fulfill(problem(401, 'unauthorized', 'Unauthorized')));
    await page.route('**/auth/refresh', (route) => route.fulfill(problem(401, 'unauthorized', 'Unauthorized')));
    await page.getByLabel('Search patients').fill('Search');
    await page.waitForURL(/\/signin\/\?next=/);
    await expect(alerts(page)).toContainText('Your session could not be renewed');
    await page.unrouteAll();
    await signIn(page, admin.email);
  });

  await test.step('a list that fails offers a retry and never says "No patients yet."', async () => {
    await page.route(patientsList, (route) =>
      route.fulfill(problem(503, 'database-unavailable', 'Service Unavailable')),
    );
    await page.goto(`${BASE}/patients/`);
    const alert = alerts(page);
    await expect(alert).toContainText('The system is briefly unavailable');
    await expect(page.getByText('No patients yet.')).toHaveCount(0);
    await look(page, 'list-failed');
    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: 'Stale-Search, Old' })).toBeVisible();
    await expect(alerts(page)).toHaveCount(0);
  });

  await test.step('search as you type shows the latest query, even when an older answer comes last', async () => {
    let staleAnswered;
    const stale = new Promise((resolve) => (staleAnswered = resolve));
    await page.route(
      (url) => patientsList(url) && url.searchParams.get('q') === 'Stale',
      async (route) => {
        await new Promise((wait) => setTimeout(wait, 1500));
        await route.continue();
        staleAnswered();
      },
    );
    const search = page.getByLabel('Search patients');
    const asked = page.waitForRequest((r) => new URL(r.url()).searchParams.get('q') === 'Stale');
    await search.fill('Stale');
    await asked;
    await search.fill('Fresh');
    await expect(page.getByRole('link', { name: 'Fresh-Search, New' })).toBeVisible();
    await stale;
    await page.waitForTimeout(300);
    await expect(page.getByRole('link', { name: 'Fresh-Search, New' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Stale-Search, Old' })).toHaveCount(0);
    await page.unrouteAll();
  });

  await test.step('a refused or failed CSV export says so and saves no file', async () => {
    const saved = [];
    page.on('download', (d) => saved.push(d.suggestedFilename()));
    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    await page.route('**/api/patients/export**', (route) => route.fulfill(problem(403, 'forbidden', 'Forbidden')));
    await exportCsv.click();
    await expect(alerts(page)).toContainText('Your role does not allow this.');
    await page.unrouteAll();
    await page.route('**/api/patients/export**', (route) =>
      route.fulfill(problem(503, 'database-unavailable', 'Service Unavailable')),
    );
    await exportCsv.click();
    await expect(alerts(page)).toContainText('The system is briefly unavailable');
    expect(saved, 'no file saved from a refusal').toEqual([]);
    await page.unrouteAll();
    const [download] = await Promise.all([page.waitForEvent('download'), exportCsv.click()]);
    expect(download.suggestedFilename()).toBe('patients.csv');
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('Fresh-Search');
    await expect(alerts(page)).toHaveCount(0);
  });

  await test.step('a day in the address that is no date says so and shows today', async () => {
    await page.goto(`${BASE}/appointments/?day=tomorrow`);
    await expect(page.getByRole('heading', { name: 'Appointments' })).toBeVisible();
    await expect(page.getByText('“tomorrow” is not a date (year-month-day), so this shows today.')).toBeVisible();
    await look(page, 'appointments-bad-day');
  });

  await test.step('the day and the week view live in the address: reload and back keep them', async () => {
    await page.goto(`${BASE}/appointments/?day=2030-03-04`);
    const week = page.getByRole('radio', { name: 'Week' });
    await week.click();
    await page.waitForURL(/view=week/);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
    await expect(page.getByLabel('Day')).toHaveValue('2030-03-04');
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.getByLabel('Day')).toHaveValue('2030-03-11');
    expect(page.url()).toMatch(/day=2030-03-11/);
    await page.goBack();
    await expect(page.getByLabel('Day')).toHaveValue('2030-03-04');
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Day' })).toBeChecked();
    expect(page.url()).not.toMatch(/view=week/);
  });
});
