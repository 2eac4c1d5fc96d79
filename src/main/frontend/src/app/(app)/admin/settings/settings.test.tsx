import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import Settings from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const current = {
  timeZone: 'UTC',
  workingHours: [
    { day: 'MONDAY', opens: '08:00', closes: '17:00' },
    { day: 'TUESDAY', opens: '08:00', closes: '17:00' },
  ],
};

describe('the hospital settings', () => {
  it("shows the server's messages at the fields they name, and says when the change is saved", async () => {
    signedInAs('ADMIN');
    let answer = json(
      {
        type: 'urn:hms:problem:validation',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'timeZone', message: 'must be a time zone id such as Europe/Berlin' },
          { field: 'workingHours[1].closes', message: 'must match the time pattern' },
        ],
      },
      400,
    );
    const sent = server({ 'GET /api/settings': json(current), 'PUT /api/settings': () => answer });
    renderScreen(<Settings />, '/admin/settings/');
    const zone = await screen.findByLabelText(/^Time zone/);
    fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('must be a time zone id such as Europe/Berlin');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    const tuesday = screen.getByLabelText('Tuesday closes');
    expect(document.getElementById(tuesday.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'must match the time pattern',
    );
    expect(screen.getByLabelText('Monday closes').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Settings saved.')).toBeNull();

    answer = json({ ...current, timeZone: 'Europe/Lisbon' });
    fireEvent.change(zone, { target: { value: 'Europe/Lisbon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    const put = sent.filter((r) => r.method === 'PUT').at(-1)!;
    expect(await put.json()).toEqual({
      timeZone: 'Europe/Lisbon',
      workingHours: [...current.workingHours, { day: 'SATURDAY', opens: '08:00', closes: '17:00' }],
    });
    // Another change takes the confirmation away until it is saved.
    fireEvent.change(zone, { target: { value: 'Europe/Paris' } });
    await waitFor(() => expect(screen.queryByText('Settings saved.')).toBeNull());
  }, 20_000);

  it('is for the hospital administrators only', async () => {
    signedInAs('NURSE');
    server({ 'GET /api/settings': json(current) });
    renderScreen(<Settings />, '/admin/settings/');
    await screen.findByText("Only the hospital's administrators change its settings.");
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});
