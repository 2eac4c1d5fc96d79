// The platform administrator: lands on Hospitals (never on an API path or a hospital picker that
// has nothing to pick), creates a hospital in the UI and sees it listed.
import { BASE, expect, look, signIn, test, unique } from '../support.mjs';

test('a platform administrator lands on Hospitals and creates a hospital', async ({ page }) => {
  await signIn(page, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD, /\/hospitals\//);
  await expect(page.getByRole('heading', { name: 'Hospitals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hospitals' })).toHaveAttribute('href', '/hospitals/');
  await look(page, 'hospitals');

  // The page lists the first 100 hospitals by id (no paging yet): an id that sorts first stays on
  // it however many hospitals the other tests made.
  const id = `a0_${Date.now().toString(36)}`;
  await test.step('creates a hospital with its first administrator', async () => {
    await page.getByLabel(/^Id/).fill(id);
    await page.getByLabel(/^Name/).fill('St. Journey General');
    await page.getByLabel(/administrator's e-mail/).fill(unique('first-admin'));
    await page.getByRole('button', { name: 'Create hospital' }).click();
    const row = page.getByRole('row', { name: new RegExp(id) });
    await expect(row).toContainText('St. Journey General');
    await expect(row).toContainText('ACTIVE');
    await look(page, 'hospital-created');
  });

  await test.step('the page survives a reload at its own address', async () => {
    await page.goto(`${BASE}/hospitals/`);
    await expect(page.getByRole('row', { name: new RegExp(id) })).toBeVisible();
  });
});
