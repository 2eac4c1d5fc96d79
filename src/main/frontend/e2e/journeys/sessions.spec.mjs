// Staff work in several tabs: a new tab of the app shares the signed-in session (handed over
// between the tabs, never through localStorage or a cookie), and signing out in one tab signs out
// every tab.
import { BASE, expect, signIn, staffedHospital, test } from '../support.mjs';

test('a second tab is signed in, and signing out in one signs out both', async ({ context, page }) => {
  const { RECEPTIONIST: receptionist } = await staffedHospital('tabs', ['RECEPTIONIST']);
  await signIn(page, receptionist.email);

  const second = await context.newPage();
  await test.step('a new tab opens a screen signed in', async () => {
    await second.goto(`${BASE}/patients/`);
    await expect(second.getByRole('heading', { name: 'Patients' })).toBeVisible();
    expect(second.url()).toMatch(/\/patients\//);
  });

  await test.step('nothing of the session in localStorage or cookies', async () => {
    expect(await second.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  await test.step('signing out in the first tab signs out the second', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin\//);
    await second.waitForURL(/\/signin\//);
    expect(await second.evaluate(() => sessionStorage.getItem('hms.refresh'))).toBeNull();
    await second.goto(`${BASE}/patients/`);
    await second.waitForURL(/\/signin\//);
  });
});
