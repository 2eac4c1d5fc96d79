// The receptionist: the front desk's day. Registers a patient (no clinical fields offered); opens
// the schedule with the doctor and the nurse side by side; books a free slot through the review;
// moves it to another slot; cancels another with a reason; confirms and checks the patient in;
// sees no records, no members and no audit log.
import { BASE, expect, look, nextWeekday, signIn, staffedHospital, test } from '../support.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test("a receptionist's day: registers, books through a review, moves, cancels and checks in", async ({ page }) => {
  const staff = await staffedHospital('desk', ['DOCTOR', 'NURSE', 'RECEPTIONIST']);
  const { DOCTOR: doctor, NURSE: nurse, RECEPTIONIST: receptionist } = staff;
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

  // A weekday ahead, in the hospital's default zone (UTC), locale (en-GB) and working hours (08:00 to 17:00).
  const day = nextWeekday(1);
  const longDay = await page.evaluate(
    (d) =>
      new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    day,
  );
  const column = (who) => page.getByRole('group', { name: new RegExp(`^${escape(who.email)}, ${escape(longDay)}$`) });
  const card = (who) => column(who).getByRole('button', { name: /Grace Hopper-Desk/ });
  const opened = page.getByRole('dialog', { name: /^Grace Hopper-Desk \(/ });

  await test.step('opens the day with the doctor and the nurse side by side, free slots between', async () => {
    await page.goto(`${BASE}/appointments/?patientId=${patientId}&day=${day}`);
    await expect(
      page.getByText(/^Booking for Grace Hopper-Desk \(MRN .+\): pick a free time in the grid\.$/),
    ).toBeVisible();
    const shown = page.getByRole('group', { name: 'Clinicians shown' });
    await shown.getByRole('checkbox', { name: nurse.email }).click();
    await expect(column(nurse)).toHaveCount(0);
    await expect(column(doctor)).toBeVisible();
    await shown.getByRole('checkbox', { name: nurse.email }).click();
    await expect(column(nurse)).toBeVisible();
    // The choice lives in the address: a reload keeps both.
    expect(new URL(page.url()).searchParams.get('clinicians')?.split(',')).toHaveLength(2);
    await page.reload();
    await expect(column(doctor)).toBeVisible();
    await expect(column(nurse)).toBeVisible();
    await expect(column(doctor).getByRole('button', { name: '08:00 free' })).toBeVisible();
    await expect(column(nurse).getByRole('button', { name: '08:00 free' })).toBeVisible();
    await expect(page.getByText('Nothing booked.')).toBeVisible();
    await look(page, 'schedule-day');
  });

  await test.step('books a free slot of the doctor through the review step', async () => {
    await column(doctor).getByRole('button', { name: '08:00 free' }).click();
    const booking = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(booking.getByText(/^Patient: Grace Hopper-Desk \(MRN /)).toBeVisible();
    await expect(booking.getByRole('button', { name: '08:00' })).toHaveAttribute('aria-pressed', 'true');
    await booking.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Follow-up' }).click();
    await booking.getByLabel('Reason (optional)').fill('Knee pain');
    await booking.getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('dialog', { name: 'Check the booking' });
    await expect(review).toContainText(/Grace Hopper-Desk \(MRN .+\)/);
    await expect(review).toContainText(doctor.email);
    await expect(review).toContainText(`${longDay}, 08:00–08:30 (30 minutes)`);
    await expect(review).toContainText('Follow-up');
    await expect(review).toContainText('Knee pain');
    await expect(review).toContainText('Nothing is sent until you press Confirm booking.');
    await look(page, 'booking-review');
    await review.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(
      page.getByText(`Booked: Grace Hopper-Desk with ${doctor.email}, ${longDay}, 08:00–08:30`),
    ).toBeVisible();
    await expect(card(doctor)).toContainText('08:00–08:30');
    await expect(card(doctor)).toContainText('Follow-up');
    await expect(card(doctor)).toContainText('Scheduled');
    await expect(column(doctor).getByRole('button', { name: '08:00 free' })).toHaveCount(0);
  });

  await test.step('moves it to another free slot, with the same review', async () => {
    const before = await card(doctor).boundingBox();
    await card(doctor).click();
    await opened.getByRole('button', { name: 'Pick another time…' }).click();
    await expect(page.getByText(/^Moving Grace Hopper-Desk's appointment/)).toBeVisible();
    await expect(column(nurse).getByRole('button', { name: /free|move here/ })).toHaveCount(0);
    await column(doctor).getByRole('button', { name: '10:00 move here' }).click();
    const review = page.getByRole('dialog', { name: 'Check the new time' });
    await expect(review).toContainText(`${longDay}, 08:00–08:30 (30 minutes)`);
    await expect(review).toContainText(`${longDay}, 10:00–10:30 (30 minutes)`);
    await review.getByRole('button', { name: 'Confirm new time' }).click();
    await expect(
      page.getByText(`Moved: Grace Hopper-Desk with ${doctor.email}, now ${longDay}, 10:00–10:30`),
    ).toBeVisible();
    await expect(card(doctor)).toContainText('10:00–10:30');
    const after = await card(doctor).boundingBox();
    expect(after.y, 'the appointment sits lower in the grid, at 10:00').toBeGreaterThan(before.y + 100);
    await expect(column(doctor).getByRole('button', { name: '08:00 free' })).toBeVisible();
  });

  await test.step('books the nurse and cancels it with a reason', async () => {
    await column(nurse).getByRole('button', { name: '09:00 free' }).click();
    await page.getByRole('dialog', { name: 'Book an appointment' }).getByRole('button', { name: 'Review' }).click();
    const review = page.getByRole('dialog', { name: 'Check the booking' });
    await expect(review).toContainText(nurse.email);
    await review.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(card(nurse)).toContainText('09:00–09:30');
    await card(nurse).click();
    await opened.getByRole('button', { name: 'Cancel appointment…' }).click();
    const reason = opened.getByLabel(/^Reason for cancelling \(required/);
    await expect(reason).toHaveAttribute('aria-required', 'true');
    await opened.getByRole('button', { name: 'Cancel appointment', exact: true }).click();
    await expect(opened.getByText('Say why it is cancelled: the reason is required.')).toBeVisible();
    await reason.fill('Patient called: feeling better');
    await opened.getByRole('button', { name: 'Cancel appointment', exact: true }).click();
    await expect(opened.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(opened).toContainText('Patient called: feeling better');
    await look(page, 'appointment-cancelled');
    await opened.getByRole('button', { name: 'Close' }).click();
    await expect(card(nurse)).toContainText('Cancelled: Patient called: feeling better');
    // The time is free again, beside the cancelled one.
    await expect(column(nurse).getByRole('button', { name: '09:00 free' })).toBeVisible();
  });

  await test.step('confirms and checks in the booked one', async () => {
    await card(doctor).click();
    await opened.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(opened.getByText('Confirmed', { exact: true })).toBeVisible();
    await opened.getByRole('button', { name: 'Check in' }).click();
    await expect(opened.getByText('Checked in', { exact: true })).toBeVisible();
    await expect(opened.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await opened.getByRole('button', { name: 'Close' }).click();
    await expect(card(doctor)).toContainText('Checked in');
    await look(page, 'front-desk-appointments');
  });

  await test.step('the week from Monday, both clinicians each day', async () => {
    await page.getByRole('radio', { name: 'Week' }).click();
    await page.waitForURL(/view=week/);
    await expect(card(doctor)).toContainText('Checked in');
    const groups = page.getByRole('group', { name: new RegExp(`^(${escape(doctor.email)}|${escape(nurse.email)}), `) });
    await expect(groups).toHaveCount(14);
    await expect(groups.first()).toHaveAccessibleName(
      new RegExp(`^${escape(doctor.email)}, Monday|^${escape(nurse.email)}, Monday`),
    );
    await look(page, 'schedule-week');
  });
});
