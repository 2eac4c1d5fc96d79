import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appointment } from '@/testing/appointments';
import { renderScreen } from '@/testing/render';
import { json, server } from '@/testing/server';
import { RescheduleDialog } from './RescheduleDialog';

describe('moving an appointment to another slot', () => {
  it('says from when to when, sends nothing until Confirm, then the new start and the same length', async () => {
    const booked = appointment({ durationMinutes: 45, end: '2026-12-07T08:45:00Z' });
    const moved = appointment({ start: '2026-12-07T13:00:00Z', end: '2026-12-07T13:45:00Z', durationMinutes: 45 });
    const sent = server({ 'POST /api/appointments/a1/reschedule': json(moved) });
    const onMoved = vi.fn();
    const onBack = vi.fn();
    renderScreen(
      <RescheduleDialog
        appointment={booked}
        to={{ start: '2026-12-07T13:00:00Z', end: '2026-12-07T13:45:00Z' }}
        clinicianName="doctor@hms.test"
        tz="UTC"
        onBack={onBack}
        onMoved={onMoved}
      />,
    );
    const review = screen.getByRole('dialog', { name: 'Check the new time' });
    expect(review.textContent).toContain('Grace Hopper (MRN P-000001)');
    expect(review.textContent).toContain('08:00–08:45 (45 minutes)');
    expect(review.textContent).toContain('13:00–13:45 (45 minutes)');
    expect(review.textContent).toContain('Follow-up');
    expect(sent).toHaveLength(0);

    fireEvent.click(within(review).getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(0);

    fireEvent.click(within(review).getByRole('button', { name: 'Confirm new time' }));
    await vi.waitFor(() => expect(onMoved).toHaveBeenCalledWith(moved));
    expect(sent).toHaveLength(1);
    expect(await sent[0].json()).toEqual({ start: '2026-12-07T13:00:00Z', durationMinutes: 45 });
  });
});
