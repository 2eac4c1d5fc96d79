import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { BookingDialog } from './BookingDialog';

describe('booking from free slots', () => {
  it('shows slots that failed to load as an error with a retry, never as "No free time on this day."', async () => {
    let up = false;
    server({
      'GET /api/clinicians/d1/free-slots': () =>
        up
          ? json({ slots: [{ start: '2030-01-07T09:00:00Z', end: '2030-01-07T09:30:00Z' }] })
          : problem(503, 'database-unavailable'),
    });
    renderScreen(<BookingDialog clinicianId="d1" day="2030-01-07" presetPatient="p1" onBooked={() => undefined} />);
    await screen.findByText('The system is briefly unavailable. Please try again in a few seconds.');
    expect(screen.queryByText('No free time on this day.')).toBeNull();
    up = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findAllByRole('listitem');
    expect(screen.queryByText('The system is briefly unavailable. Please try again in a few seconds.')).toBeNull();
  });
});
