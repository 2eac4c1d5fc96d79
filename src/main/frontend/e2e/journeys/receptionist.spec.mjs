// The receptionist: the front desk's day. Registers a patient (no clinical fields offered), books
// them with the doctor from free slots, confirms and checks them in; sees no records, no members
// and no audit log.
import { BASE, expect, look, nextWeekday, signIn, staffedHospital, test } from '../support.mjs';

test('a receptionist registers a patient, books and checks them in', async ({ page }) => {
  const { RECEPTIONIST: receptionist } = await staffedHospital('desk', ['DOCTOR', 'RECEPTIONIST']);
  await signIn(page, receptionist.email);
  await expect(page.getByRole('heading', { name: 'Today in the hospital' })).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByRole('link', { name: 'Patients' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Members' })).toHaveCount(0);
  await expect(sections.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await look(page, 'front-desk');

  let patientId;
  await test.step('registers a patient without clinical fields', async () => {
    await page.goto(`${BASE}/patients/new/`);
    await expect(page.getByLabel('Blood type')).toHaveCount(0);
    await page.getByLabel('Given name').fill('Grace');
    await page.getByLabel('Family name').fill('Hopper-Desk');
    await page.getByLabel('Date of birth').fill('1970-12-09');
    await look(page, 'new-patient');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/patients\/view\/\?id=/);
    patientId = new URL(page.url()).searchParams.get('id');
    await expect(page.getByRole('heading', { name: /Hopper-Desk, Grace/ })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Records' })).toHaveCount(0);
  });

  await test.step('books with the doctor, confirms and checks in', async () => {
    await page.goto(`${BASE}/appointments/?patientId=${patientId}&day=${nextWeekday(1)}`);
    const slots = page.getByRole('list', { name: 'Free slots' });
    await slots.getByRole('listitem').first().click();
    await expect(page.getByText('SCHEDULED').first()).toBeVisible();
    await page.getByRole('button', { name: 'Confirm' }).first().click();
    await expect(page.getByText('CONFIRMED').first()).toBeVisible();
    await page.getByRole('button', { name: 'Check in' }).first().click();
    await expect(page.getByText('CHECKED_IN').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await look(page, 'front-desk-appointments');
  });
});
