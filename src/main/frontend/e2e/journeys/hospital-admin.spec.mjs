// The invited hospital administrator: a platform administrator created the hospital with their
// e-mail, the identity provider sent a temporary password (the stand-in's is the code), and on
// first sign-in they choose their own, under the rule the server publishes, and land signed in on
// the dashboard, still signed in after a reload; then they invite staff and set the hospital's time
// zone and working hours. Members show whether they have come in (Invited, Active); an invitation
// goes out again, a role changes and a member leaves only after a question naming them. A refresh
// that fails says why and offers sign-in.
import { BASE, CODE, PASSWORD, call, expect, hospital, look, test, unique, userByApi } from '../support.mjs';

test('an invited administrator chooses a password, lands on the dashboard, invites staff and sets the hours', async ({
  page,
}) => {
  const email = unique('invited-admin');
  const tenant = await hospital('invited', email);
  const policy = await call('GET', '/auth/password-policy');

  await test.step('first sign-in asks for a password under the published rule', async () => {
    await page.goto(`${BASE}/signin/`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(CODE);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
    await expect(page.getByText(policy.summary)).toBeVisible();
    await look(page, 'first-password');
    await page.getByLabel('New password').fill('weakpass');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    // The refusal names the rules broken, in the published words.
    await expect(
      page.getByRole('alert').filter({ hasText: 'The password must contain an upper-case letter, a digit, a symbol.' }),
    ).toBeVisible();
  });

  await test.step('a strong password lands signed in on the dashboard', async () => {
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.waitForURL(/\/dashboard\//);
    await expect(page.getByRole('heading', { name: 'Today in the hospital' })).toBeVisible();
    await expect(page.getByRole('button', { name: /invited hospital \(Administrator\)/ })).toBeVisible();
    await look(page, 'admin-dashboard');
  });

  await test.step('a reload keeps them signed in', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Today in the hospital' })).toBeVisible();
    expect(page.url()).toMatch(/\/dashboard\//);
  });

  await test.step('the keyboard: ? lists the shortcuts, / finds a patient, n registers one', async () => {
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts.getByRole('row')).toHaveText([
      /Key\s*Action/,
      /Find a patient/,
      /Register a new patient/,
      /Show this list/,
    ]);
    await look(page, 'shortcuts');
    await page.keyboard.press('Escape');
    // While the dialog fades out the focus is still in it, where no shortcut fires.
    await expect(shortcuts).toBeHidden();
    await page.keyboard.press('/');
    await expect(page.getByRole('textbox', { name: 'Search patients' })).toBeFocused();
    // A letter typed in the field is text, not a shortcut.
    await page.keyboard.type('n');
    await expect(page.getByRole('textbox', { name: 'Search patients' })).toHaveValue('n');
    expect(page.url()).toMatch(/\/patients\/$/);
    await page.getByRole('heading', { name: 'Patients' }).click();
    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
    await page.goto(`${BASE}/dashboard/`);
  });

  const nurse = await userByApi('nurse');
  await test.step('invites a nurse', async () => {
    await page.getByRole('link', { name: 'Members' }).click();
    await page.waitForURL(/\/admin\/members\//);
    await expect(page.getByRole('listitem', { name: email })).toContainText('You');
    await page.getByLabel('E-mail of the person to add').fill(nurse.email);
    await page.getByLabel('Name as colleagues see it (optional)').fill('Nurse Mary Seacole');
    await page.getByRole('combobox', { name: 'Role of the new member' }).click();
    await page.getByRole('option', { name: 'Nurse', exact: true }).click();
    await page.getByRole('button', { name: 'Add member' }).click();
    const row = page.getByRole('listitem').filter({ hasText: nurse.email });
    await expect(row).toContainText('Nurse Mary Seacole');
    await look(page, 'members');
    await row.getByRole('button', { name: `Change name of ${nurse.email}` }).click();
    const naming = page.getByRole('dialog', { name: `Name of ${nurse.email}` });
    await naming.getByRole('textbox', { name: /^Name as colleagues see it/ }).fill('Sister Mary Seacole');
    await naming.getByRole('button', { name: 'Save name' }).click();
    await expect(row).toContainText('Sister Mary Seacole');
    const members = await call('GET', '/api/members', {
      token: (await call('POST', '/auth/signin', { body: { email, password: PASSWORD } })).accessToken,
      tenant,
    });
    expect(members.find((m) => m.email === nurse.email)).toMatchObject({
      role: 'NURSE',
      displayName: 'Sister Mary Seacole',
    });
  });

  await test.step('removing a member asks first: Keep removes nothing', async () => {
    const row = page.getByRole('listitem').filter({ hasText: nurse.email });
    await row.getByRole('button', { name: 'Remove Sister Mary Seacole' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText('Remove Sister Mary Seacole from this hospital?');
    await question.getByRole('button', { name: 'Keep' }).click();
    await expect(question).toHaveCount(0);
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: 'Remove Sister Mary Seacole' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from the hospital' }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Sister Mary Seacole removed' })).toBeVisible();
  });

  const hire = unique('new-hire');
  await test.step('invites someone new: Invited until they sign in; the invitation goes out again', async () => {
    await page.getByLabel('E-mail of the person to add').fill(hire);
    // The form keeps the role last chosen (Nurse): choose again.
    await page.getByRole('combobox', { name: 'Role of the new member' }).click();
    await page.getByRole('option', { name: 'Receptionist', exact: true }).click();
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${hire} added as Receptionist` })).toBeVisible();
    const row = page.getByRole('listitem', { name: hire });
    await expect(row).toContainText('Receptionist');
    await expect(row).toContainText('Invited');
    await expect(row).toContainText(/Invitation sent \S/);
    await look(page, 'members-invited');
    await row.getByRole('button', { name: `Resend invitation to ${hire}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Invitation sent again to ${hire}.` })).toBeVisible();
  });

  await test.step('changes the role after a question naming the person and the role', async () => {
    const row = page.getByRole('listitem', { name: hire });
    await row.getByRole('combobox', { name: `Role of ${hire}` }).click();
    await page.getByRole('option', { name: 'Doctor', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText(`Make ${hire} Doctor?`);
    await look(page, 'members-role');
    await question.getByRole('button', { name: 'Make Doctor' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${hire} is now Doctor.` })).toBeVisible();
    await expect(row).toContainText('Doctor');
  });

  await test.step('removes them after confirming', async () => {
    const row = page.getByRole('listitem', { name: hire });
    await row.getByRole('button', { name: `Remove ${hire}` }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText(`Remove ${hire} from this hospital?`);
    await question.getByRole('button', { name: 'Remove from the hospital' }).click();
    await expect(row).toHaveCount(0);
  });

  await test.step('sets the time zone and working hours, corrected by the server first', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/admin\/settings\//);
    const zone = page.getByLabel(/^Time zone/);
    await expect(zone).toHaveValue('UTC');
    await expect(page.getByLabel('Monday closes')).toHaveValue('17:00');
    await expect(page.getByRole('group', { name: 'Saturday' })).toContainText('Closed');
    await look(page, 'settings');
    await zone.fill('Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // The server's message, at the field it names.
    await expect(page.getByText('must be a time zone id such as Europe/Berlin')).toBeVisible();
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Settings saved.')).toHaveCount(0);
    await zone.fill('Europe/Lisbon');
    await page.getByLabel('Monday closes').fill('16:30');
    await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await page.getByLabel('Saturday opens').fill('09:00');
    await page.getByLabel('Saturday closes').fill('12:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await look(page, 'settings-saved');
    await page.reload();
    await expect(page.getByLabel(/^Time zone/)).toHaveValue('Europe/Lisbon');
    await expect(page.getByLabel('Monday closes')).toHaveValue('16:30');
    await expect(page.getByLabel('Saturday opens')).toHaveValue('09:00');
  });

  await test.step('a refresh that fails says why and offers sign-in', async () => {
    await page.evaluate(() => sessionStorage.setItem('hms.refresh', 'revoked-or-expired'));
    await page.reload();
    await page.waitForURL(/\/signin\//);
    await expect(page.getByRole('alert').filter({ hasText: 'Your session could not be renewed' })).toContainText(
      'sign in again',
    );
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await look(page, 'session-ended');
  });
});
