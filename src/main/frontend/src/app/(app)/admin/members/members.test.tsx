import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import Members from './page';

const nurse = { sub: 'n1', email: 'nurse@hms.test', role: 'NURSE' };

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
    renderScreen(<Members />, '/admin/members/');
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
    await waitFor(() => expect(screen.queryByText('nurse@hms.test')).toBeNull());
  });
});

describe('adding a member', () => {
  it('says who was added and how they sign in', async () => {
    let members = [nurse];
    server({
      'GET /api/members': () => json(members),
      'POST /api/members': () => {
        members = [nurse, { sub: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' }];
        return json(members[1], 201);
      },
    });
    renderScreen(<Members />, '/admin/members/');
    await screen.findByText('nurse@hms.test');
    fireEvent.change(screen.getByLabelText('E-mail of the person to add'), { target: { value: 'doctor@hms.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('doctor@hms.test added as Receptionist');
    expect(status.textContent).toContain('temporary password');
  });

  it('offers no form to someone the hospital does not let manage members', async () => {
    server({ 'GET /api/members': () => problem(403, 'forbidden') });
    renderScreen(<Members />, '/admin/members/');
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
    expect(screen.queryByLabelText('E-mail of the person to add')).toBeNull();
  });
});

describe("a member's name", () => {
  it('is given on adding, and changed later; an empty name is refused at its field and nothing is sent', async () => {
    let members: { sub: string; email: string; role: string; displayName?: string }[] = [nurse];
    const sent = server({
      'GET /api/members': () => json(members),
      'POST /api/members': () => {
        members = [nurse, { sub: 'd1', email: 'doctor@hms.test', displayName: 'Dr Grace Hopper', role: 'DOCTOR' }];
        return json(members[1], 201);
      },
      'PATCH /api/members/n1': () => {
        members = [{ ...nurse, displayName: 'Nurse Mary Seacole' }, members[1]];
        return json(members[0]);
      },
    });
    renderScreen(<Members />, '/admin/members/');
    await screen.findByText('nurse@hms.test');
    expect(screen.getByText('No name yet')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('E-mail of the person to add'), { target: { value: 'doctor@hms.test' } });
    fireEvent.change(screen.getByLabelText('Name as colleagues see it (optional)'), {
      target: { value: '  Dr Grace Hopper ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect((await screen.findByRole('status')).textContent).toContain('Dr Grace Hopper (doctor@hms.test) added');
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
    renderScreen(<Members />, '/admin/members/');
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
