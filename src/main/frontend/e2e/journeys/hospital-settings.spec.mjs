// The hospital administrator sets the hospital up: renames it, moves it to Kathmandu, has dates and
// times written the American way (12-hour), starts its weeks on Sunday, makes appointments 40
// minutes long and closes at 12:00 on the booking day; every value the server refuses is named at
// its field at once (a reversed interval at its closing time). Then the schedule shows it all: 40-minute free slots inside the new hours, 12-hour times,
// the week from Sunday, Kathmandu's zone named for a reader whose browser is elsewhere (UTC here),
// and the booking dialog proposes 40 minutes.
import { BASE, expect, look, nextWeekday, signIn, staffedHospital, test } from '../support.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an administrator changes the settings and the schedule follows them', async ({ page }) => {
  const staff = await staffedHospital('setup', ['DOCTOR']);
  const { DOCTOR: doctor } = staff;
  await signIn(page, staff.admin.email);
  // Two weekdays ahead: still ahead in Kathmandu (UTC+05:45), whenever the journey runs.
  const day = nextWeekday(2);
  const weekdayName = await page.evaluate(
    (d) => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long' }),
    day,
  );

  await test.step("shows every setting with today's defaults", async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/admin\/settings\//);
    await expect(page.getByLabel(/^Hospital's name/)).toHaveValue('setup hospital');
    await expect(page.getByLabel(/^Time zone/)).toHaveValue('UTC');
    await expect(page.getByRole('combobox', { name: 'Dates, times and numbers' })).toContainText('(en-GB)');
    await expect(page.getByRole('combobox', { name: 'Weeks start on' })).toContainText('Monday');
    await expect(page.getByLabel(/^Default appointment length/)).toHaveValue('30');
    await expect(page.getByText(/^Shown like this: .* \d\d:\d\d · 1,234\.5$/)).toBeVisible();
  });

  await test.step('every value the server refuses is named at its field at once', async () => {
    const name = page.getByLabel(/^Hospital's name/);
    const zone = page.getByLabel(/^Time zone/);
    const length = page.getByLabel(/^Default appointment length/);
    const closes = page.getByLabel(`${weekdayName} closes`);
    await name.fill('   ');
    await zone.fill('Mars/Olympus');
    await length.fill('-5');
    await page.getByLabel(`${weekdayName} opens`).fill('18:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('must be 5 to 480 minutes, a multiple of 5')).toBeVisible();
    for (const field of [name, zone, length, closes]) {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page.getByText('must have some visible text and no control characters')).toBeVisible();
    await expect(page.getByText('must be a time zone id such as Europe/Berlin')).toBeVisible();
    // The reversed interval is named at its own closing time, on its day's row.
    await expect(closes).toHaveAccessibleDescription('must be after opens');
    await look(page, 'settings-refused');
  });

  await test.step('changes the name, zone, locale, first day, length and hours', async () => {
    await page.getByLabel(/^Hospital's name/).fill('Lakeside Clinic');
    await page.getByLabel(/^Time zone/).fill('Asia/Kathmandu');
    await page.getByRole('combobox', { name: 'Dates, times and numbers' }).click();
    await page.getByRole('option', { name: /\(en-US\)/ }).click();
    // The preview reads the American way, in Kathmandu, before anything is saved.
    await expect(page.getByText(/^Shown like this: .* \d{1,2}:\d\d\s[AP]M · 1,234\.5$/)).toBeVisible();
    await page.getByRole('combobox', { name: 'Weeks start on' }).click();
    await page.getByRole('option', { name: 'Sunday' }).click();
    await page.getByLabel(/^Default appointment length/).fill('40');
    await page.getByLabel(`${weekdayName} opens`).fill('08:00');
    await page.getByLabel(`${weekdayName} closes`).fill('12:00');
    await look(page, 'settings-all');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    // The header names the hospital anew, without a reload.
    await expect(page.getByRole('button', { name: /Lakeside Clinic \(Administrator\)/ })).toBeVisible();
    await expect(page.getByLabel(/^Default appointment length/)).not.toHaveAttribute('aria-invalid', 'true');
    await look(page, 'settings-all-saved');
    await page.reload();
    await expect(page.getByLabel(/^Hospital's name/)).toHaveValue('Lakeside Clinic');
    await expect(page.getByRole('combobox', { name: 'Dates, times and numbers' })).toContainText('(en-US)');
    await expect(page.getByRole('combobox', { name: 'Weeks start on' })).toContainText('Sunday');
    await expect(page.getByLabel(/^Default appointment length/)).toHaveValue('40');
  });

  const longDay = await page.evaluate(
    (d) =>
      new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    day,
  );
  const column = page.getByRole('group', { name: new RegExp(`^${escape(doctor.email)}, ${escape(longDay)}$`) });
  // Chromium writes a narrow no-break space before AM and PM: any space matches.
  const free = (time) => column.getByRole('button', { name: new RegExp(`^${time}\\sAM free$`) });

  await test.step("the day's free slots are 40 minutes, inside the new hours, in 12-hour time", async () => {
    await page.goto(`${BASE}/appointments/?day=${day}`);
    await expect(column).toBeVisible();
    await expect(free('8:00')).toBeVisible();
    await expect(free('8:40')).toBeVisible();
    await expect(free('11:20')).toBeVisible();
    await expect(column.getByRole('button', { name: /free$/ })).toHaveCount(6);
    // The browser's clock (UTC) is not the hospital's: the grid names Kathmandu's zone.
    await expect(page.getByRole('region', { name: 'Schedule' })).toContainText('GMT+5:45');
    await expect(page.getByRole('combobox', { name: 'Slot length' })).toContainText('40 minutes');
    await look(page, 'settings-schedule');
  });

  await test.step('the booking dialog proposes the default length and says the zone', async () => {
    await free('8:40').click();
    const booking = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(booking.getByRole('combobox', { name: 'Length' })).toContainText('40 minutes');
    await expect(booking.getByRole('button', { name: /^8:40\sAM$/ })).toHaveAttribute('aria-pressed', 'true');
    await look(page, 'settings-booking');
    await booking.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the week starts on Sunday', async () => {
    await page.goto(`${BASE}/appointments/?day=${day}&view=week`);
    const columns = page.getByRole('region', { name: 'Schedule' }).getByRole('group');
    await expect(columns.first()).toHaveAttribute('aria-label', /, Sunday, /);
    await expect(columns.last()).toHaveAttribute('aria-label', /, Saturday, /);
  });
});
