// The doctor's day: signs up and confirms, is added to a hospital, registers a patient (the server's
// validation shown on the field first), books from free slots, writes a record under the patient's
// banner (vitals read back and flagged), signs it through the review, prints it, finds the summary
// on the patient's page (diagnoses, prescriptions, last vitals flagged) and prints that, uploads a
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

  await test.step('books a free slot through the review and confirms', async () => {
    const day = nextWeekday(2);
    await page.goto(`${BASE}/appointments/?patientId=${patientId}&day=${day}`);
    const grid = page.getByRole('region', { name: 'Schedule' });
    const free = grid.getByRole('button', { name: / free$/ }).first();
    await free.waitFor();
    await look(page, 'booking');
    await free.click();
    await page.getByRole('dialog', { name: 'Book an appointment' }).getByRole('button', { name: 'Review' }).click();
    await page
      .getByRole('dialog', { name: 'Check the booking' })
      .getByRole('button', { name: 'Confirm booking' })
      .click();
    const card = grid.getByRole('button', { name: /Lovelace-E2E/ });
    await expect(card).toContainText('Scheduled');
    await card.click();
    const opened = page.getByRole('dialog', { name: /Lovelace-E2E/ });
    await opened.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(opened.getByText('Confirmed', { exact: true })).toBeVisible();
    await opened.getByRole('button', { name: 'Close' }).click();
    await expect(card).toContainText('Confirmed');
    await look(page, 'appointments');
  });

  let mrn;
  await test.step("the patient's page carries the banner", async () => {
    await page.goto(`${BASE}/patients/view/?id=${patientId}`);
    const banner = page.getByRole('region', { name: 'Patient' });
    await expect(banner.getByRole('heading', { name: 'Lovelace-E2E, Ada' })).toBeVisible();
    mrn = (await banner.getByText(/^MRN /).textContent()).replace('MRN ', '');
    expect(mrn, 'the MRN the server gave').toMatch(/^P-\d+$/);
    await expect(banner.getByText(/^Born .*1985 \(\d+ years\)$/)).toBeVisible();
    await expect(banner.getByText('Sex Unknown')).toBeVisible();
    await expect(banner.getByText('No allergies recorded')).toBeVisible();
  });

  /** The banner of whichever screen is open: whose record this is. */
  const bannerShowsThePatient = async (where) => {
    const banner = page.getByRole('region', { name: 'Patient' });
    await expect(banner.getByText('Lovelace-E2E, Ada'), `the patient's name on ${where}`).toBeVisible();
    await expect(banner.getByText(`MRN ${mrn}`), `the MRN on ${where}`).toBeVisible();
  };

  await test.step('writes a record under the banner, vitals read back in clinical order and flagged', async () => {
    await page.goto(`${BASE}/records/edit/?patientId=${patientId}`);
    await bannerShowsThePatient('the record editor');
    await page.getByLabel('Chief complaint').fill('Wheezing at night');
    await page.getByLabel('Assessment').fill('Asthma, mild intermittent');
    await page.getByLabel('Systolic (mmHg)').fill('150');
    await page.getByLabel('Diastolic (mmHg)').fill('95');
    await page.getByLabel('Pulse (/min)').fill('112');
    await page.getByLabel('SpO₂ (%)').fill('97');
    await page.getByLabel('Temperature (°C)').fill('36,8');
    const readBack = page.getByRole('region', { name: 'Vitals as read' });
    const line = (name) => readBack.locator('.rt-DataListItem').filter({ hasText: name });
    await expect(line('Blood pressure')).toHaveText('Blood pressure150/95 mmHgHighnormal 90–139/60–89');
    await expect(line('Pulse')).toHaveText('Pulse112 /minHighnormal 60–100');
    await expect(line('SpO₂')).toHaveText('SpO₂97 %');
    await expect(line('Temperature')).toHaveText('Temperature36.8 °C');
    await page.getByRole('button', { name: 'Add diagnosis' }).click();
    await page.getByLabel('Code').fill('J45.20');
    await page.getByLabel('Description').fill('Mild intermittent asthma');
    await page.getByRole('button', { name: 'Add prescription' }).click();
    await page.getByLabel('Medication').fill('Salbutamol');
    await page.getByLabel('Dose').fill('100 micrograms');
    await page.getByRole('combobox', { name: 'Route' }).click();
    await page.getByRole('option', { name: 'Inhaled' }).click();
    await page.getByLabel('Frequency').fill('as needed');
    await page.getByLabel('Days').fill('30');
    await look(page, 'record-editor');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/records\/view\/\?id=/);
    await expect(page.getByText('DRAFT').first()).toBeVisible();
    await bannerShowsThePatient('the record');
    await expect(page.getByRole('region', { name: 'Signature' })).toHaveText('Draft — not signed');
  });

  await test.step('signs it through a review that says what signing means and whose record it is', async () => {
    await page.getByRole('button', { name: 'Sign record' }).click();
    const review = page.getByRole('alertdialog', { name: 'Sign this record?' });
    await expect(review.getByText(`Lovelace-E2E, Ada (MRN ${mrn}`)).toBeVisible();
    await expect(review.getByText(/the record is final: nobody can edit it/)).toBeVisible();
    // The record names the doctor as the identity provider knows them (the name given at sign-up).
    await expect(review).toContainText('It is signed in your name, Dr. E2E, with today’s date and time.');
    await look(page, 'sign-review');
    await review.getByRole('button', { name: 'Sign and make final' }).click();
    await expect(review).toBeHidden();
    const signature = page.getByRole('region', { name: 'Signature' });
    await expect(signature).toContainText('Signed by Dr. E2E on ');
    await expect(signature, 'the time of signing').toHaveText(/ on .*\d{1,2}:\d{2}/);
    await expect(page.getByText('Signed').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign record' })).toHaveCount(0);
    await expect(page.getByText('J45.20 Mild intermittent asthma')).toBeVisible();
    await expect(page.getByText('Salbutamol 100 micrograms, inhaled, as needed, for 30 days')).toBeVisible();
    await look(page, 'record');
  });

  await test.step('prints the record: banner, content, signature line; no navigation, buttons or forms', async () => {
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await bannerShowsThePatient('the printed record');
    await expect(page.getByRole('heading', { name: /Wheezing at night/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Signature' })).toContainText('Signed by Dr. E2E on ');
    await expect(page.getByText(/Printed .+ by /)).toHaveText(
      new RegExp(`^e2e hospital · Printed .+ by ${doctorEmail.replaceAll('.', '\\.')}$`),
    );
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Patient', exact: true })).toBeHidden();
    await look(page, 'record-print');
    await page.emulateMedia({ media: null });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  });

  await test.step("the patient's summary: diagnoses, prescriptions and last vitals flagged, from the signed record", async () => {
    await page.goto(`${BASE}/patients/view/?id=${patientId}`);
    const diagnoses = page.getByRole('region', { name: 'Active diagnoses' });
    await expect(diagnoses.getByRole('link', { name: 'J45.20 Mild intermittent asthma' })).toBeVisible();
    const prescriptions = page.getByRole('region', { name: 'Current prescriptions' });
    await expect(prescriptions).toContainText('Salbutamol 100 micrograms, inhaled, as needed');
    const vitals = page.getByRole('region', { name: 'Last vitals' });
    await expect(vitals).toContainText(/^Last vitalsTaken .+ · signed record/);
    const line = (name) => vitals.locator('.rt-DataListItem').filter({ hasText: name });
    await expect(line('Blood pressure')).toContainText('150/95 mmHgHigh');
    await expect(line('Pulse')).toContainText('112 /minHigh');
    await expect(line('SpO₂')).toHaveText('SpO₂97 %');
    const records = page.getByRole('region', { name: 'Recent records' });
    await expect(records.getByRole('link', { name: 'Wheezing at night' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Upcoming appointments' }).getByRole('listitem')).toHaveCount(1);
    await look(page, 'patient-summary');
  });

  await test.step('prints the summary: banner and sections, no navigation, tabs or buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Lovelace-E2E, Ada' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Active diagnoses' })).toBeVisible();
    await expect(page.getByText(/Printed .+ by /)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await look(page, 'patient-summary-print');
    await page.emulateMedia({ media: null });
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
