import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appointment } from '@/testing/appointments';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import Appointments from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

const hospital = {
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
const settings = json(hospital);
const clinicians = json([
  { id: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' },
  { id: 'n1', email: 'nurse@hms.test', role: 'NURSE' },
  { id: 'd2', email: 'other@hms.test', role: 'DOCTOR' },
]);
const page = (items: unknown[]) => json({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
const none = json({ clinicianId: 'd1', date: '2030-01-07', timeZone: 'UTC', durationMinutes: 30, slots: [] });

describe('the appointments screen', () => {
  it('shows today, and says why, when the day in the address is not a date', async () => {
    signedInAs('RECEPTIONIST');
    const sent = server({
      'GET /api/settings': settings,
      'GET /api/clinicians': clinicians,
      'GET /api/appointments': page([]),
    });
    renderScreen(<Appointments />, '/appointments/?day=tomorrow');
    await screen.findByText(/“tomorrow” is not a date/);
    await screen.findByText('Nothing booked.');
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe(new Date().toISOString().slice(0, 10));
    expect(sent.some((r) => r.url.includes('/api/appointments'))).toBe(true);
  });

  it('shows a failed list as an error with a retry, never as "Nothing booked."', async () => {
    signedInAs('RECEPTIONIST');
    server({
      'GET /api/settings': settings,
      'GET /api/clinicians': clinicians,
      'GET /api/appointments': problem(503, 'database-unavailable'),
    });
    renderScreen(<Appointments />, '/appointments/?day=2030-01-07');
    await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByText('Nothing booked.')).toBeNull();
  });

  it('shows the clinicians the address names side by side, a column each, and their appointments', async () => {
    signedInAs('RECEPTIONIST');
    const sent = server({
      'GET /api/settings': settings,
      'GET /api/clinicians': clinicians,
      'GET /api/appointments': (r) =>
        page(
          new URL(r.url).searchParams.get('clinicianId') === 'n1'
            ? [appointment({ id: 'a2', clinicianId: 'n1', start: '2030-01-07T10:00:00Z', end: '2030-01-07T10:15:00Z' })]
            : [],
        ),
      'GET /api/clinicians/d1/free-slots': none,
      'GET /api/clinicians/n1/free-slots': none,
    });
    renderScreen(<Appointments />, '/appointments/?day=2030-01-07&clinicians=n1,d1');
    const nurse = await screen.findByRole('group', { name: /^nurse@hms\.test, Monday/ });
    expect(nurse.textContent).toContain('10:00–10:15 Grace Hopper');
    expect(screen.getByRole('group', { name: /^doctor@hms\.test, Monday/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^other@hms\.test/ })).toBeNull();
    const asked = sent.filter((r) => r.url.includes('/api/appointments'));
    expect(asked.map((r) => new URL(r.url).searchParams.get('clinicianId')).sort()).toEqual(['d1', 'n1']);
    expect(new URL(asked[0].url).searchParams.get('from')).toBe('2030-01-07T00:00:00.000Z');
    expect(new URL(asked[0].url).searchParams.get('to')).toBe('2030-01-08T00:00:00.000Z');

    fireEvent.click(screen.getByRole('checkbox', { name: 'other@hms.test' }));
    expect(new URLSearchParams(window.location.search).get('clinicians')).toBe('d1,n1,d2');
    await screen.findByRole('group', { name: /^other@hms\.test, Monday/ });
  });

  it('shows the week from Monday to Sunday, a column per day and clinician', async () => {
    signedInAs('DOCTOR');
    const sent = server({
      'GET /api/settings': settings,
      'GET /api/clinicians': clinicians,
      'GET /api/appointments': page([]),
    });
    renderScreen(<Appointments />, '/appointments/?day=2030-01-09&view=week&clinicians=d1');
    await screen.findByText('Nothing booked this week.');
    const columns = screen.getAllByRole('group').filter((g) => g.getAttribute('aria-label')?.startsWith('doctor@'));
    expect(columns).toHaveLength(7);
    expect(columns[0].getAttribute('aria-label')).toMatch(/Monday/);
    expect(columns[6].getAttribute('aria-label')).toMatch(/Sunday/);
    const asked = sent.find((r) => r.url.includes('/api/appointments'));
    expect(new URL(asked!.url).searchParams.get('from')).toBe('2030-01-07T00:00:00.000Z');
    expect(new URL(asked!.url).searchParams.get('to')).toBe('2030-01-14T00:00:00.000Z');
  });

  it("starts the week on the hospital's first day and asks free slots of its default length", async () => {
    signedInAs('DOCTOR');
    const sent = server({
      'GET /api/settings': json({ ...hospital, firstDayOfWeek: 'SUNDAY', appointmentMinutes: 40 }),
      'GET /api/clinicians': clinicians,
      'GET /api/appointments': page([]),
      'GET /api/clinicians/d1/free-slots': none,
    });
    renderScreen(<Appointments />, '/appointments/?day=2030-01-09&view=week&clinicians=d1');
    await screen.findByText('Nothing booked this week.');
    const columns = screen.getAllByRole('group').filter((g) => g.getAttribute('aria-label')?.startsWith('doctor@'));
    expect(columns[0].getAttribute('aria-label')).toMatch(/Sunday/);
    expect(columns[6].getAttribute('aria-label')).toMatch(/Saturday/);
    const asked = sent.find((r) => r.url.includes('/api/appointments'));
    expect(new URL(asked!.url).searchParams.get('from')).toBe('2030-01-06T00:00:00.000Z');
    const slots = sent.filter((r) => r.url.includes('/free-slots'));
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((r) => new URL(r.url).searchParams.get('durationMinutes') === '40')).toBe(true);
  });
});
