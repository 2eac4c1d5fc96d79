import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { json, problem, server } from '@/testing/server';
import { appointment } from '@/testing/appointments';
import { BookingDialog } from './BookingDialog';
import { timeSpan } from './format';

const clinicians = [
  { id: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' as const },
  { id: 'n1', email: 'nurse@hms.test', role: 'NURSE' as const },
];
const grace = { id: '11111111-1111-4111-8111-111111111111', name: 'Grace Hopper', mrn: 'P-000001' };
const slots = json({
  clinicianId: 'd1',
  date: '2030-01-07',
  timeZone: 'UTC',
  durationMinutes: 30,
  slots: [
    { start: '2030-01-07T09:00:00Z', end: '2030-01-07T09:30:00Z' },
    { start: '2030-01-07T09:30:00Z', end: '2030-01-07T10:00:00Z' },
  ],
});

function open(start: string | null, patient: typeof grace | null = grace, onBooked = vi.fn()) {
  renderScreen(
    <BookingDialog
      request={{ clinicianId: 'd1', day: '2030-01-07', start, minutes: 30 }}
      clinicians={clinicians}
      tz="UTC"
      patient={patient}
      onClose={() => undefined}
      onBooked={onBooked}
    />,
  );
  return onBooked;
}

const posts = (sent: Request[]) => sent.filter((r) => r.method === 'POST');

describe('booking with a review step', () => {
  it('says who, with whom, when and what, and sends nothing until Confirm; Back keeps the choices', async () => {
    const booked = appointment({ start: '2030-01-07T09:30:00Z', end: '2030-01-07T10:00:00Z' });
    const sent = server({
      'GET /api/clinicians/d1/free-slots': slots,
      'POST /api/appointments': json(booked, 201),
    });
    const onBooked = open('2030-01-07T09:00:00Z');
    expect((await screen.findByRole('button', { name: '09:00' })).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '09:30' }));
    fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: 'Knee pain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));

    const review = await screen.findByRole('dialog', { name: 'Check the booking' });
    expect(within(review).getByText('Grace Hopper (MRN P-000001)')).toBeTruthy();
    expect(within(review).getByText('doctor@hms.test')).toBeTruthy();
    expect(within(review).getByText(timeSpan('2030-01-07T09:30:00Z', '2030-01-07T10:00:00Z', 'UTC'))).toBeTruthy();
    expect(within(review).getByText(/09:30–10:00 \(30 minutes\)/)).toBeTruthy();
    expect(within(review).getByText('Consultation')).toBeTruthy();
    expect(within(review).getByText('Knee pain')).toBeTruthy();
    expect(posts(sent)).toHaveLength(0);

    fireEvent.click(within(review).getByRole('button', { name: 'Back' }));
    expect(((await screen.findByLabelText('Reason (optional)')) as HTMLInputElement).value).toBe('Knee pain');
    expect(screen.getByRole('button', { name: '09:30' }).getAttribute('aria-pressed')).toBe('true');
    expect(posts(sent)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm booking' }));
    await vi.waitFor(() => expect(onBooked).toHaveBeenCalledWith(booked));
    expect(posts(sent)).toHaveLength(1);
    expect(await posts(sent)[0].json()).toEqual({
      patientId: grace.id,
      clinicianId: 'd1',
      start: '2030-01-07T09:30:00Z',
      durationMinutes: 30,
      type: 'CONSULTATION',
      reason: 'Knee pain',
    });
  });

  it('asks for the patient and a time at their fields before any review', async () => {
    const sent = server({ 'GET /api/clinicians/d1/free-slots': slots });
    open(null, null);
    await screen.findByRole('button', { name: '09:00' });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('Choose the patient.')).toBeTruthy();
    expect(screen.getByText('Choose one of the free times.')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Check the booking' })).toBeNull();
    expect(posts(sent)).toHaveLength(0);
  });

  it('goes back to the free times, reloaded, when the time was taken meanwhile', async () => {
    let asked = 0;
    server({
      'GET /api/clinicians/d1/free-slots': () => {
        asked++;
        return slots.clone();
      },
      'POST /api/appointments': problem(409, 'clinician-busy'),
    });
    open('2030-01-07T09:00:00Z');
    await screen.findByRole('button', { name: '09:00' });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm booking' }));
    expect(
      await screen.findByText('The clinician already has an appointment at that time. Pick another slot.'),
    ).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Book an appointment' })).toBeTruthy();
    await vi.waitFor(() => expect(asked).toBe(2));
    expect(screen.getByRole('button', { name: '09:00' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('shows free times that failed to load as an error with a retry, never as "No free time on this day."', async () => {
    let up = false;
    server({
      'GET /api/clinicians/d1/free-slots': () => (up ? slots.clone() : problem(503, 'database-unavailable')),
    });
    open(null);
    await screen.findByText('The system is briefly unavailable. Please try again in a few seconds.');
    expect(screen.queryByText('No free time on this day.')).toBeNull();
    up = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: '09:00' });
    expect(screen.queryByText('The system is briefly unavailable. Please try again in a few seconds.')).toBeNull();
  });
});
