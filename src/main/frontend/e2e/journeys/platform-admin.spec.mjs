// The platform administrator: lands on Hospitals (never on an API path or a hospital picker that
// has nothing to pick), creates a hospital in the UI and sees it listed.
import { expect, look, signIn, test, unique } from '../support.mjs';

test('a platform administrator lands on Hospitals and creates a hospital', async ({ page }) => {
  await signIn(page, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD, /\/hospitals\//);
  await expect(page.getByRole('heading', { name: 'Hospitals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hospitals' })).toHaveAttribute('href', '/hospitals/');
  await look(page, 'hospitals');

  const id = `journey_${Date.now().toString(36)}`;
  await test.step('creates a hospital with its first administrator, and is told so', async () => {
    await page.getByLabel(/^Id/).fill(id);
    await page.getByLabel(/^Name/).fill('St. Journey General');
    await page.getByLabel(/administrator's e-mail/).fill(unique('first-admin'));
    await page.getByRole('button', { name: 'Create hospital' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Hospital “St. Journey General” (${id}) created.` }),
    ).toBeVisible();
    await look(page, 'hospital-created');
  });

  await test.step('pages through the hospitals, by id, to the new one', async () => {
    const row = page.getByRole('row', { name: new RegExp(id) });
    const where = page.getByText(/\d+ hospitals? · page \d+ of \d+/);
    await expect(where).toBeVisible();
    const pages = Number((await where.textContent()).match(/of (\d+)/)[1]);
    for (let n = 1; n <= pages && !(await row.isVisible()); n++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(where).toContainText(`page ${n + 1} of`);
    }
    await expect(row).toContainText('St. Journey General');
    await expect(row).toContainText('Active');
    // The page is in the address: a reload stays on it, and Previous goes back a page.
    const at = (await where.textContent()).match(/page (\d+)/)[1];
    if (at !== '1') expect(page.url()).toContain(`page=${at}`);
    await page.reload();
    await expect(row).toBeVisible();
    if (at !== '1') {
      await page.getByRole('button', { name: 'Previous' }).click();
      await expect(where).toContainText(`page ${Number(at) - 1} of`);
      await page.goBack();
      await expect(row).toBeVisible();
    }
  });
});
