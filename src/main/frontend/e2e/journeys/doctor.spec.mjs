// The doctor: signs up and confirms, is added to a hospital, registers a patient (the server's
// validation shown on the field first), books from free slots, writes and signs a record, uploads a
// file and downloads it back, signs out; a user of another hospital then finds none of it.
import {
  BASE,
  CODE,
  PASSWORD,
  call,
  expect,
  hospital,
  look,
  nextWeekday,
  policed,
  signIn,
  test,
  unique,
  userByApi,
} from '../support.mjs';

test('a doctor signs up, documents a visit and signs out; another hospital sees none of it', async ({ page }) => {
  const first = await page.goto(`${BASE}/signin/`);
  expect(first.headers()['content-security-policy'] ?? '', 'the pages carry their policy').toMatch(
    /script-src 'self' 'sha256-/,
  );

  const doctorEmail = unique('doctor');
  await test.step('signs up and confirms', async () => {
    const policy = await call('GET', '/auth/password-policy');
    await page.goto(`${BASE}/signup/`);
    await expect(page.getByText(policy.summary), "the server's password rule, before anyone types").toBeVisible();
    await look(page, 'sign-up');
    await page.getByLabel('Your name').fill('Dr. E2E');
    await page.getByLabel('E-mail').fill(doctorEmail);
    await page.getByLabel(/Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/confirm\//);
    await page.getByLabel('Code').fill(CODE);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/signin\//);
  });

  // The hospital: made by the platform, with an administrator who adds the new user as DOCTOR.
  const admin = await userByApi('admin');
  const tenant = await hospital('e2e', admin.email);
  await call('POST', '/api/members', { token: admin.token, tenant, body: { email: doctorEmail, role: 'DOCTOR' } });

  await test.step('signs in and sees the day', async () => {
    await look(page, 'sign-in');
    await signIn(page, doctorEmail);
    await expect(page.getByRole('heading', { name: 'Your day' })).toBeVisible();
    await look(page, 'dashboard');
  });

  let patientId;
  await test.step('registers a patient, corrected by the server first', async () => {
    await page.goto(`${BASE}/patients/new/`);
    await page.getByLabel('Given name').fill('Ada');
    await page.getByLabel('Family name').fill('Lovelace-E2E');
    await page.getByLabel('Date of birth').fill('2999-01-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Some fields need attention.')).toBeVisible();
    await page.getByLabel('Date of birth').fill('1985-12-10');
    await page.getByLabel('Phone').fill('+44 20 7946 0000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/patients\/view\/\?id=/);
    patientId = new URL(page.url()).searchParams.get('id');
    await expect(page.getByRole('heading', { name: /Lovelace-E2E, Ada/ })).toBeVisible();
    await look(page, 'patient');
  });

  await test.step('books from free slots and confirms', async () => {
    const day = nextWeekday(2);
    await page.goto(`${BASE}/appointments/?patientId=${patientId}&day=${day}`);
    const slots = page.getByRole('list', { name: 'Free slots' });
    await slots.getByRole('listitem').first().waitFor();
    await look(page, 'booking');
    await slots.getByRole('listitem').first().click();
    await expect(page.getByText('SCHEDULED').first()).toBeVisible();
    await page.getByRole('button', { name: 'Confirm' }).first().click();
    await expect(page.getByText('CONFIRMED').first()).toBeVisible();
    await look(page, 'appointments');
  });

  await test.step('writes a record with vitals and a diagnosis, and signs it', async () => {
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
    await expect(page.getByText('DRAFT').first()).toBeVisible();
    await page.getByRole('button', { name: 'Finalize' }).click();
    await expect(page.getByText('FINAL').first()).toBeVisible();
    await expect(page.getByText('J45.20 Mild intermittent asthma')).toBeVisible();
    await look(page, 'record');
  });

  await test.step('uploads a file straight to storage and downloads it back', async () => {
    await page.goto(`${BASE}/patients/view/?id=${patientId}`);
    await page.getByRole('tab', { name: 'Files' }).click();
    const content = 'Peak flow diary: 420 L/min';
    await page
      .getByLabel('File to upload')
      .setInputFiles({ name: 'peak-flow.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
    const downloadButton = page.getByRole('button', { name: 'Download peak-flow.txt' });
    await downloadButton.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    expect(Buffer.concat(chunks).toString('utf8'), 'the downloaded file').toBe(content);
    await look(page, 'patient-files');
  });

  await test.step('signs out: the refresh token is forgotten', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin\//);
    expect(await page.evaluate(() => sessionStorage.getItem('hms.refresh')), 'refresh token forgotten').toBeNull();
  });

  await test.step('someone of another hospital sees none of it', async () => {
    const other = await userByApi('other');
    await hospital('e2eother', other.email);
    await signIn(page, other.email);
    await page.goto(`${BASE}/patients/`);
    await page.getByLabel('Search patients').fill('Lovelace-E2E');
    await expect(page.getByText('No patient matches')).toBeVisible();
    // A select's popup locks the page's scroll and styles its viewport at run time: under the policy.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Active', exact: true }).click();
    await expect(page.getByText('No patient matches')).toBeVisible();
    policed(page, 'a select');
    await page.goto(`${BASE}/patients/view/?id=${patientId}`);
    await expect(page.getByText('This no longer exists, or it belongs to another hospital.')).toBeVisible();
  });
});
