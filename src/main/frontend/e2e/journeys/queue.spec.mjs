// Today's queue and the dashboards per role: the front desk checks a patient in and sees them
// waiting, in arrival order, with the waiting time moving on each minute and whom they wait for;
// the doctor's dashboard shows that patient in their own queue, their day and their unsigned draft
// (a link back into the editor); the administrator's shows the day's real activity.
import { BASE, call, expect, look, signIn, staffedHospital, test } from '../support.mjs';

/** A whole minute a few minutes from now: today (unless the journey runs in the day's last minutes). */
function minutesFromNow(minutes) {
  return new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes * 60_000);
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/signin\//);
}

test('the front desk checks a patient in; the doctor and the administrator see the day', async ({ page }) => {
  const staff = await staffedHospital('queue', ['DOCTOR', 'RECEPTIONIST']);
  const { tenant, admin, DOCTOR: doctor, RECEPTIONIST: desk } = staff;
  const { sub: doctorSub } = await call('GET', '/auth/me', { token: doctor.token });
  // Named by the hospital: every screen (the queue, the dashboard's trail) names them so.
  await call('PATCH', `/api/members/${doctorSub}`, {
    token: admin.token,
    tenant,
    body: { displayName: 'Dr Dan Queue' },
  });
  const patient = (givenName, familyName) =>
    call('POST', '/api/patients', {
      token: desk.token,
      tenant,
      body: { givenName, familyName, dateOfBirth: '1980-11-23', sex: 'FEMALE' },
    });
  const mary = await patient('Mary', 'Queue-Seacole');
  const alan = await patient('Alan', 'Queue-Later');
  const book = async (who, start) => {
    const booked = await call('POST', '/api/appointments', {
      token: desk.token,
      tenant,
      body: {
        patientId: who.id,
        clinicianId: doctorSub,
        start: start.toISOString(),
        durationMinutes: 15,
        type: 'CONSULTATION',
        reason: 'Breathless on stairs',
      },
    });
    return call('POST', `/api/appointments/${booked.id}/confirm`, { token: desk.token, tenant });
  };
  const marys = await book(mary, minutesFromNow(3));
  await book(alan, minutesFromNow(30));
  // The doctor has begun the note of Mary's visit and not signed it.
  const draft = await call('POST', `/api/patients/${mary.id}/records`, {
    token: doctor.token,
    tenant,
    body: { type: 'CONSULTATION', chiefComplaint: 'Shortness of breath', appointmentId: marys.id },
  });

  // The browser's clock runs from now and can be moved on: the waiting time must follow it.
  await page.clock.install({ time: new Date() });

  await test.step('the front desk checks Mary in and sees her waiting, for whom and how long', async () => {
    await signIn(page, desk.email);
    await expect(page.getByRole('heading', { name: 'Today in the hospital', level: 1 })).toBeVisible();
    const waiting = page.getByRole('region', { name: 'Waiting now' });
    await expect(waiting).toContainText('No one is waiting.');
    const expected = page.getByRole('list', { name: 'Still expected today' });
    await expect(expected.getByRole('listitem')).toHaveCount(2);
    await expect(expected.getByRole('listitem').first()).toContainText('Mary Queue-Seacole');
    await expect(expected.getByRole('listitem').first()).toContainText('Confirmed');
    await expect(expected.getByRole('listitem').nth(1)).toContainText('Alan Queue-Later');
    await expected
      .getByRole('listitem')
      .filter({ hasText: 'Queue-Seacole' })
      .getByRole('button', { name: 'Check in' })
      .click();

    const queue = page.getByRole('list', { name: 'Waiting now' });
    await expect(queue.getByRole('listitem')).toHaveCount(1);
    const first = queue.getByRole('listitem').first();
    await expect(first).toContainText('Mary Queue-Seacole');
    await expect(first).toContainText(mary.mrn);
    await expect(first).toContainText('Just arrived');
    await expect(first).toContainText('Waits for Dr Dan Queue');
    await expect(first.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(expected.getByRole('listitem')).toHaveCount(1);
    await expect(expected).not.toContainText('Queue-Seacole');

    await page.clock.fastForward('03:30');
    await expect(first).toContainText('Waiting 3 min');
    await look(page, 'queue-front-desk');
    await signOut(page);
  });

  await test.step('the doctor sees Mary in their queue, their day and their unsigned draft', async () => {
    await signIn(page, doctor.email);
    await expect(page.getByRole('heading', { name: 'Your day', level: 1 })).toBeVisible();
    const queue = page.getByRole('list', { name: 'Your queue' });
    await expect(queue.getByRole('listitem')).toHaveCount(1);
    await expect(queue.getByRole('listitem').first()).toContainText('Mary Queue-Seacole');
    await expect(queue.getByRole('listitem').first()).toContainText(/Waiting \d+ min/);
    const day = page.getByRole('list', { name: 'Your appointments today' });
    await expect(day.getByRole('listitem')).toHaveCount(2);
    await expect(day.getByRole('listitem').filter({ hasText: 'Queue-Seacole' })).toContainText('In your queue');
    await expect(day.getByRole('listitem').filter({ hasText: 'Queue-Later' })).toContainText('Confirmed');
    const drafts = page.getByRole('list', { name: 'Your unsigned drafts' });
    await expect(drafts.getByRole('listitem')).toHaveCount(1);
    await expect(drafts).toContainText('Consultation: Shortness of breath');
    await look(page, 'queue-doctor');

    await queue.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('region', { name: 'Your queue' })).toContainText('No one is waiting for you.');
    await expect(day.getByRole('listitem').filter({ hasText: 'Queue-Seacole' })).toContainText('In progress');

    await drafts.getByRole('link', { name: 'Continue the draft for Mary Queue-Seacole' }).click();
    await page.waitForURL(new RegExp(`/records/edit/\\?id=${draft.id}`));
    await expect(page.getByLabel('Chief complaint')).toHaveValue('Shortness of breath');
    await page.goto(`${BASE}/dashboard/`);
    await signOut(page);
  });

  await test.step("the administrator sees the day's appointments and what was recorded", async () => {
    await signIn(page, admin.email);
    await expect(page.getByRole('heading', { name: 'Today in the hospital', level: 1 })).toBeVisible();
    const appointments = page.getByRole('region', { name: 'Appointments today' });
    await expect(appointments).toContainText('2 appointments today');
    const byStatus = appointments.getByRole('list', { name: 'Appointments today by status' });
    await expect(byStatus.getByRole('listitem')).toHaveCount(2);
    await expect(byStatus.getByRole('listitem').filter({ hasText: 'In progress' })).toContainText('1');
    await expect(byStatus.getByRole('listitem').filter({ hasText: 'Confirmed' })).toContainText('1');
    await expect(page.getByRole('region', { name: 'Waiting now' })).toContainText('No one is waiting.');
    const recorded = page.getByRole('region', { name: 'Recorded today' });
    await expect(recorded).toContainText(/\d+ events recorded today/);
    const latest = recorded.getByRole('list', { name: 'Latest activity' });
    await expect(latest.getByRole('listitem').filter({ hasText: 'by Dr Dan Queue (Doctor)' }).first()).toBeVisible();
    await expect(latest).toContainText('Changed · Appointment');
    await look(page, 'queue-admin');
  });
});
