import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SessionContext } from '@/session/SessionProvider';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { Toasts } from '@/ui/Toasts';
import Members from './page';

const at = '2026-03-02T09:30:00Z';
const nurse = {
  sub: 'n1',
  email: 'nurse@hms.test',
  role: 'NURSE',
  invitation: 'ACCEPTED',
  invitedAt: at,
  acceptedAt: '2026-03-03T10:00:00Z',
  createdAt: at,
};
const invited = {
  sub: 'i1',
  email: 'new@hms.test',
  name: 'Grace Hopper',
  role: 'DOCTOR',
  invitation: 'INVITED',
  invitedAt: at,
  createdAt: at,
};
const me = { sub: 'a1', email: 'admin@hms.test', role: 'ADMIN', invitation: 'ACCEPTED', invitedAt: at, createdAt: at };

/** The members screen as the administrator `a1` sees it, with the app's toasts. */
function renderMembers() {
  const session = {
    me: { sub: 'a1', platformRoles: [], tenants: [] },
    tenant: null,
    switchTenant: () => {},
    reload: async () => {},
  };
  return renderScreen(
    <SessionContext.Provider value={session}>
      <Toasts>
        <Members />
      </Toasts>
    </SessionContext.Provider>,
    '/admin/members/',
  );
}

describe('the list of members', () => {
  it('names each person with the e-mail under, the role, and whether and when they came in', async () => {
    server({ 'GET /api/members': () => json([me, nurse, invited]) });
    renderMembers();
    const grace = await screen.findByRole('listitem', { name: 'Grace Hopper' });
    expect(grace.textContent).toContain('new@hms.test');
    expect(grace.textContent).toContain('Doctor');
    expect(grace.textContent).toContain('Invited');
    expect(grace.textContent).toMatch(/Invitation sent .*2026/);
    const mary = screen.getByRole('listitem', { name: 'nurse@hms.test' });
    expect(mary.textContent).toContain('Nurse');
    expect(mary.textContent).toContain('Active');
    expect(mary.textContent).toMatch(/Since .*2026/);
    expect(within(mary).queryByRole('button', { name: /Resend/ })).toBeNull();
    // Oneself: no role to change, nothing to remove.
    const self = screen.getByRole('listitem', { name: 'admin@hms.test' });
    expect(self.textContent).toContain('You');
    expect(within(self).queryByRole('combobox')).toBeNull();
    expect(within(self).queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('sends an invited member their invitation again and says so', async () => {
    const sent = server({
      'GET /api/members': () => json([me, invited]),
      'POST /api/members/i1/invitation': () => json({ ...invited, invitedAt: '2026-03-04T08:00:00Z' }),
    });
    renderMembers();
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation to Grace Hopper' }));
    await waitFor(() => expect(sent.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await screen.findByText('Invitation sent again to Grace Hopper.')).toBeTruthy();
  });

  it('says why nothing was sent when the server refuses', async () => {
    server({
      'GET /api/members': () => json([me, invited]),
      'POST /api/members/i1/invitation': () => problem(409, 'invitation-not-pending'),
    });
    renderMembers();
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation to Grace Hopper' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('Invitation sent again to Grace Hopper.')).toBeNull();
  });
});

describe('removing a member', () => {
  it('asks first, and removes only when confirmed', async () => {
    let members = [nurse];
    const sent = server({
      'GET /api/members': () => json(members),
      'DELETE /api/members/n1': () => {
        members = [];
        return new Response(null, { status: 204 });
      },
    });
    renderMembers();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove nurse@hms.test' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('nurse@hms.test');
    expect(sent.some((r) => r.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(sent.some((r) => r.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Remove nurse@hms.test' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove from the hospital' }));
    await waitFor(() => expect(sent.filter((r) => r.method === 'DELETE')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'nurse@hms.test' })).toBeNull());
    expect(await screen.findByText('nurse@hms.test removed from the hospital.')).toBeTruthy();
  });
});

describe("changing a member's role", () => {
  // jsdom lays nothing out: the role menu's scrolling to its chosen item has nothing to do.
  beforeAll(() => {
    Element.prototype.scrollIntoView ??= () => {};
  });

  it('asks first, naming the person and the new role, and changes only when confirmed', async () => {
    let members = [me, invited];
    const sent = server({
      'GET /api/members': () => json(members),
      'PATCH /api/members/i1': () => {
        members = [me, { ...invited, role: 'NURSE' }];
        return json(members[1]);
      },
    });
    renderMembers();
    const grace = await screen.findByRole('listitem', { name: 'Grace Hopper' });
    fireEvent.click(within(grace).getByRole('combobox', { name: 'Role of Grace Hopper' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Nurse' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('Make Grace Hopper Nurse?');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(sent.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.click(within(grace).getByRole('combobox', { name: 'Role of Grace Hopper' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Nurse' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Make Nurse' }));
    await waitFor(() => expect(sent.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(await sent.find((r) => r.method === 'PATCH')!.json()).toEqual({ role: 'NURSE' });
    expect(await screen.findByText('Grace Hopper is now Nurse.')).toBeTruthy();
  });
});

describe('adding a member', () => {
  it('says who was added and how they sign in', async () => {
    let members: Record<string, string>[] = [nurse];
    server({
      'GET /api/members': () => json(members),
      'POST /api/members': () => {
        members = [nurse, { ...invited, sub: 'd1', email: 'doctor@hms.test', name: '' }];
        return json(members[1], 201);
      },
    });
    renderMembers();
    await screen.findByText('nurse@hms.test');
    fireEvent.change(screen.getByLabelText('E-mail of the person to add'), { target: { value: 'doctor@hms.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('doctor@hms.test added as Receptionist'));
    expect(status.textContent).toContain('temporary password');
  });

  it('offers no form to someone the hospital does not let manage members', async () => {
    server({ 'GET /api/members': () => problem(403, 'forbidden') });
    renderMembers();
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
    expect(screen.queryByLabelText('E-mail of the person to add')).toBeNull();
  });
});

describe("a member's name", () => {
  it('is given on adding, and changed later; an empty name is refused at its field and nothing is sent', async () => {
    let members: Record<string, string>[] = [nurse];
    const sent = server({
      'GET /api/members': () => json(members),
      'POST /api/members': () => {
        members = [
          nurse,
          { ...invited, sub: 'd1', email: 'doctor@hms.test', displayName: 'Dr Grace Hopper', name: 'Dr Grace Hopper' },
        ];
        return json(members[1], 201);
      },
      'PATCH /api/members/n1': () => {
        members = [{ ...nurse, displayName: 'Nurse Mary Seacole', name: 'Nurse Mary Seacole' }, members[1]];
        return json(members[0]);
      },
    });
    renderMembers();
    await screen.findByText('nurse@hms.test');
    fireEvent.change(screen.getByLabelText('E-mail of the person to add'), { target: { value: 'doctor@hms.test' } });
    fireEvent.change(screen.getByLabelText('Name as colleagues see it (optional)'), {
      target: { value: '  Dr Grace Hopper ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Dr Grace Hopper (doctor@hms.test) added'));
    const added = sent.find((r) => r.method === 'POST');
    expect(await added!.json()).toEqual({
      email: 'doctor@hms.test',
      role: 'RECEPTIONIST',
      displayName: 'Dr Grace Hopper',
    });
    await screen.findByText('Dr Grace Hopper');

    fireEvent.click(screen.getByRole('button', { name: 'Give a name to nurse@hms.test' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save name' }));
    expect((await within(dialog).findByText('Give a name, or keep it as it is.')).textContent).toBeTruthy();
    expect(sent.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name as colleagues see it/ }), {
      target: { value: 'Nurse Mary Seacole' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save name' }));
    await screen.findByText('Nurse Mary Seacole');
    expect(await sent.find((r) => r.method === 'PATCH')!.json()).toEqual({ displayName: 'Nurse Mary Seacole' });
  });
});

describe('adding a member with a name of spaces only', () => {
  it('says so at the field and sends nothing', async () => {
    const sent = server({ 'GET /api/members': () => json([nurse]) });
    renderMembers();
    await screen.findByText('nurse@hms.test');
    fireEvent.change(screen.getByLabelText('E-mail of the person to add'), { target: { value: 'doctor@hms.test' } });
    fireEvent.change(screen.getByLabelText('Name as colleagues see it (optional)'), {
      target: { value: '\u00a0 \u2028' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('Give a name, or leave the field empty.')).toBeTruthy();
    expect(sent.some((r) => r.method === 'POST')).toBe(false);
  });
});
