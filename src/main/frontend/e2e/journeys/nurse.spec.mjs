// The nurse: finds a patient the front desk registered, documents vitals in a draft record, and
// leaves signing to the doctor (no signing offered).
import { BASE, call, expect, look, signIn, staffedHospital, test } from '../support.mjs';

test('a nurse finds a patient and documents vitals in a draft', async ({ page }) => {
  const staff = await staffedHospital('ward', ['NURSE']);
  const patient = await call('POST', '/api/patients', {
    token: staff.admin.token,
    tenant: staff.tenant,
    body: { givenName: 'Florence', familyName: 'Ward-Nurse', dateOfBirth: '1990-05-12', sex: 'FEMALE' },
  });
  await signIn(page, staff.NURSE.email);
  await expect(page.getByRole('heading', { name: 'Your day' })).toBeVisible();

  await test.step('finds the patient', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByLabel('Search patients').fill('Ward-Nurse');
    await page.getByRole('link', { name: /Ward-Nurse, Florence/ }).click();
    await page.waitForURL(/\/patients\/view\/\?id=/);
    await expect(page.getByRole('heading', { name: /Ward-Nurse, Florence/ })).toBeVisible();
    await look(page, 'nurse-patient');
  });

  await test.step('documents vitals in a draft, which only a doctor signs', async () => {
    await page.goto(`${BASE}/records/edit/?patientId=${patient.id}`);
    await page.getByLabel('Chief complaint').fill('Routine observations');
    await page.getByLabel('Systolic (mmHg)').fill('121');
    await page.getByLabel('Diastolic (mmHg)').fill('79');
    await look(page, 'nurse-record-editor');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/records\/view\/\?id=/);
    await expect(page.getByText('DRAFT').first()).toBeVisible();
    await expect(page.getByText('Routine observations')).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Sign record|Finalize)$/ })).toHaveCount(0);
    await look(page, 'nurse-record');
  });
});
