import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { Toasts } from '@/ui/Toasts';
import Settings from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const current = {
  name: 'General',
  timeZone: 'UTC',
  locale: 'en-GB',
  firstDayOfWeek: 'MONDAY',
  appointmentMinutes: 30,
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
          { field: 'appointmentMinutes', message: 'must be 5 to 480 minutes, a multiple of 5' },
          { field: 'locale', message: 'must be a language and region the server knows' },
          { field: 'workingHours[1].closes', message: 'must match the time pattern' },
        ],
      },
      400,
    );
    const sent = server({ 'GET /api/settings': json(current), 'PUT /api/settings': () => answer });
    renderScreen(
      <Toasts>
        <Settings />
      </Toasts>,
      '/admin/settings/',
    );
    const zone = await screen.findByLabelText(/^Time zone/);
    const length = screen.getByLabelText(/^Default appointment length/);
    expect((length as HTMLInputElement).value).toBe('30');
    // How a date and time will read: en-GB, 24-hour, before anything is saved.
    expect(screen.getByText(/^Shown like this: .*\d\d:\d\d · 1,234\.5$/)).toBeTruthy();
    fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
    fireEvent.change(length, { target: { value: '32' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('must be a time zone id such as Europe/Berlin');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(length.getAttribute('aria-invalid')).toBe('true');
    const locale = screen.getByRole('combobox', { name: 'Dates, times and numbers' });
    expect(locale.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(locale.getAttribute('aria-describedby')!.split(' ')[1])?.textContent).toBe(
      'must be a language and region the server knows',
    );
    const tuesday = screen.getByLabelText('Tuesday closes');
    expect(document.getElementById(tuesday.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'must match the time pattern',
    );
    expect(screen.getByLabelText('Monday closes').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Settings saved.')).toBeNull();

    answer = json({ ...current, timeZone: 'Europe/Lisbon', appointmentMinutes: 40 });
    fireEvent.change(zone, { target: { value: 'Europe/Lisbon' } });
    fireEvent.change(length, { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText(/^Hospital's name/), { target: { value: ' Lakeside ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    const put = sent.filter((r) => r.method === 'PUT').at(-1)!;
    expect(await put.json()).toEqual({
      name: 'Lakeside',
      timeZone: 'Europe/Lisbon',
      locale: 'en-GB',
      firstDayOfWeek: 'MONDAY',
      appointmentMinutes: 40,
      workingHours: [...current.workingHours, { day: 'SATURDAY', opens: '08:00', closes: '17:00' }],
    });
    // The note is a toast, in the one live region.
    expect(screen.getByRole('status').textContent).toContain('Settings saved.');
    await waitFor(() => expect(length.getAttribute('aria-invalid')).toBeNull());
  }, 20_000);

  it('marks every field the server names at once, each interval at its own inputs', async () => {
    signedInAs('ADMIN');
    server({
      'GET /api/settings': json({
        ...current,
        workingHours: [
          { day: 'MONDAY', opens: '08:00', closes: '12:00' },
          { day: 'TUESDAY', opens: '08:00', closes: '17:00' },
          { day: 'MONDAY', opens: '11:00', closes: '17:00' },
        ],
      }),
      'PUT /api/settings': json(
        {
          type: 'urn:hms:problem:validation',
          title: 'Validation Failed',
          status: 400,
          errors: [
            { field: 'appointmentMinutes', message: 'must be 5 to 480 minutes, a multiple of 5' },
            { field: 'locale', message: 'must be a language and region the server knows' },
            { field: 'name', message: 'must have some visible text and no control characters' },
            { field: 'timeZone', message: 'must be a time zone id such as Europe/Berlin' },
            { field: 'workingHours[1].closes', message: 'must be after opens' },
            { field: 'workingHours[2]', message: 'is one too many on MONDAY: at most 4 intervals a day' },
            { field: 'workingHours[2].opens', message: 'overlaps the interval before on MONDAY (08:00-12:00)' },
          ],
        },
        400,
      ),
    });
    renderScreen(<Settings />, '/admin/settings/');
    const name = await screen.findByLabelText(/^Hospital's name/);
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('must have some visible text and no control characters');
    const described = (input: HTMLElement) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' | ');
    for (const field of [
      name,
      screen.getByLabelText(/^Time zone/),
      screen.getByLabelText(/^Default appointment length/),
      screen.getByRole('combobox', { name: 'Dates, times and numbers' }),
      screen.getByLabelText('Tuesday closes'),
      screen.getByLabelText('Monday 2 opens'),
      screen.getByLabelText('Monday 2 closes'),
    ]) {
      expect(field.getAttribute('aria-invalid'), field.outerHTML).toBe('true');
    }
    expect(described(screen.getByLabelText('Tuesday closes'))).toBe('must be after opens');
    expect(described(screen.getByLabelText('Monday 2 opens'))).toBe(
      'overlaps the interval before on MONDAY (08:00-12:00) | is one too many on MONDAY: at most 4 intervals a day',
    );
    expect(described(screen.getByLabelText('Monday 2 closes'))).toBe(
      'is one too many on MONDAY: at most 4 intervals a day',
    );
    expect(screen.getByLabelText('Monday 1 opens').getAttribute('aria-invalid')).toBeNull();

    // The messages stay with the intervals they name when one before them is removed.
    fireEvent.click(screen.getByRole('button', { name: 'Remove Monday 1 hours' }));
    expect(described(screen.getByLabelText('Monday opens'))).toBe(
      'overlaps the interval before on MONDAY (08:00-12:00) | is one too many on MONDAY: at most 4 intervals a day',
    );
    expect(described(screen.getByLabelText('Tuesday closes'))).toBe('must be after opens');
  }, 20_000);

  it('sends the length typed, and refuses at the field what is not a whole number', async () => {
    signedInAs('ADMIN');
    const rule = 'must be 5 to 480 minutes, a multiple of 5';
    const sent = server({
      'GET /api/settings': json(current),
      'PUT /api/settings': json(
        { type: 'urn:hms:problem:validation', status: 400, errors: [{ field: 'appointmentMinutes', message: rule }] },
        400,
      ),
    });
    renderScreen(<Settings />, '/admin/settings/');
    const length = await screen.findByLabelText(/^Default appointment length/);
    const save = screen.getByRole('button', { name: 'Save settings' });
    fireEvent.change(length, { target: { value: '-5' } });
    fireEvent.click(save);
    await screen.findByText(rule);
    const put = sent.filter((r) => r.method === 'PUT');
    expect(put).toHaveLength(1);
    expect((await put[0].json()).appointmentMinutes).toBe(-5);

    for (const typed of ['', '7.5']) {
      fireEvent.change(length, { target: { value: typed } });
      fireEvent.click(save);
      await waitFor(() => expect(length.getAttribute('aria-invalid')).toBe('true'));
      expect(document.getElementById(length.getAttribute('aria-describedby')!)?.textContent).toBe(rule);
    }
    expect(sent.filter((r) => r.method === 'PUT')).toHaveLength(1);
  }, 20_000);

  it('is for the hospital administrators only', async () => {
    signedInAs('NURSE');
    server({ 'GET /api/settings': json(current) });
    renderScreen(<Settings />, '/admin/settings/');
    await screen.findByText("Only the hospital's administrators change its settings.");
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});
