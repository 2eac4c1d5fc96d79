import { fireEvent, screen, waitFor } from '@testing-library/react';
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
