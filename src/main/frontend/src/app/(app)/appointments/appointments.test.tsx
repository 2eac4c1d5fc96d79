import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import Appointments from './page';

vi.mock('@/session/SessionProvider', () => import('@/testing/session'));

describe('the appointments screen', () => {
  it('shows today, and says why, when the day in the address is not a date', async () => {
    signedInAs('RECEPTIONIST');
    const sent = server({
      'GET /api/clinicians': json([{ id: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' }]),
      'GET /api/appointments': json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
    });
    renderScreen(<Appointments />, '/appointments/?day=tomorrow');
    await screen.findByText(/“tomorrow” is not a date/);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe(iso);
    await screen.findAllByText('Nothing booked.');
    expect(sent.some((r) => r.url.includes('/api/appointments'))).toBe(true);
  });

  it('shows a failed list as an error with a retry, never as "Nothing booked."', async () => {
    signedInAs('RECEPTIONIST');
    server({
      'GET /api/clinicians': json([{ id: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' }]),
      'GET /api/appointments': problem(503, 'database-unavailable'),
    });
    renderScreen(<Appointments />, '/appointments/?day=2030-01-07');
    await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByText('Nothing booked.')).toBeNull();
  });
});
