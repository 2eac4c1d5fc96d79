// The hospital administrator reads the audit log: people by name and role, actions in words, the
// patient a row is about as a link (also whose records a doctor listed); filters to one person and
// one action (kept in the address, so a reload shows the same), follows a link to the patient,
// exports the selection as CSV, and is told at the To filter when it comes before From.
import { readFile } from 'node:fs/promises';
import { BASE, call, expect, hospital, look, signIn, test, userByApi } from '../support.mjs';

test('an administrator filters the audit log to one person and action, follows a row and exports it', async ({
  page,
}) => {
  const admin = await userByApi('admin');
  const tenant = await hospital('auditlog', admin.email);
  const doctor = await userByApi('doctor');
  await call('POST', '/api/members', {
    token: admin.token,
    tenant,
    body: { email: doctor.email, role: 'DOCTOR', displayName: 'Dr Rosalind Trail' },
  });
  const members = await call('GET', '/api/members', { token: admin.token, tenant });
  const doctorSub = members.find((m) => m.email === doctor.email).sub;
  const patient = await call('POST', '/api/patients', {
    token: doctor.token,
    tenant,
    body: { givenName: 'Ada', familyName: 'Journey', dateOfBirth: '1980-05-17', sex: 'FEMALE' },
  });
  await call('GET', `/api/patients/${patient.id}`, { token: doctor.token, tenant });
  await call('GET', `/api/patients/${patient.id}/records`, { token: doctor.token, tenant });
  const label = `Ada Journey · ${patient.mrn}`;

  await signIn(page, admin.email);

  await test.step('opens the audit log: people by name and role, resources by name', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit\//);
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    const read = page.getByRole('row').filter({ hasText: 'Read' }).filter({ hasText: 'Dr Rosalind Trail' });
    await expect(read).toContainText('Doctor');
    await expect(read.getByRole('link', { name: label })).toBeVisible();
    const listed = page.getByRole('row').filter({ hasText: 'Listed' }).filter({ hasText: 'Dr Rosalind Trail' });
    await expect(listed.getByRole('link', { name: `Records of ${label}` })).toHaveAttribute(
      'href',
      `/patients/view/?id=${patient.id}`,
    );
    await expect(page.getByRole('table')).not.toContainText(doctorSub.slice(0, 8));
  });

  await test.step('filters to one person and one action, kept in the address', async () => {
    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: 'Dr Rosalind Trail' }).click();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Created', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`person=${doctorSub}`));
    await expect(page).toHaveURL(/action=CREATE/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2); // the header and the patient's creation
    await expect(rows.nth(1)).toContainText('Dr Rosalind Trail');
    await expect(rows.nth(1)).toContainText('Created');
    await look(page, 'audit-log');
    await page.reload();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  });

  await test.step('exports the selection as CSV, named for the hospital and the day', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^audit-${tenant}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'time,actorName,actorEmail,actorSub,role,action,attempted,resourceType,resourceId,resourceLabel,outcome,requestId,clientIp',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      `Dr Rosalind Trail,${doctor.email},${doctorSub},DOCTOR,CREATE,,PATIENT,${patient.id},${label}`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Audit log exported as CSV.' })).toBeVisible();
  });

  await test.step("follows a row's link to the patient", async () => {
    await page.getByRole('link', { name: label }).click();
    await page.waitForURL(new RegExp(`/patients/view/\\?id=${patient.id}`));
    await expect(page.getByRole('heading', { name: 'Journey, Ada', level: 1 })).toBeVisible();
  });

  await test.step('a To day before the From day is said at the To filter', async () => {
    await page.goto(`${BASE}/admin/audit/?from=2026-12-03&to=2026-12-01`);
    const to = page.getByLabel('To (day, included)');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription('must be after from');
    await expect(page.getByText('Correct the marked filter to see the events.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
