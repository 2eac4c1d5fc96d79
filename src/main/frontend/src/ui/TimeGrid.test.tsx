import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appointment } from '@/testing/appointments';
import { renderScreen } from '@/testing/render';
import { columnKey } from './timeGrid';
import { TimeGrid } from './TimeGrid';

const doctor = { id: 'd1', email: 'doctor@hms.test', role: 'DOCTOR' as const };
const nurse = { id: 'n1', email: 'nurse@hms.test', role: 'NURSE' as const };
const hours = [{ day: 'MONDAY' as const, opens: '08:00', closes: '12:00' }];

describe('the time grid on screen', () => {
  it("shows each clinician's column with its appointments in words and its free slots, which book", () => {
    const onSlot = vi.fn();
    const onAppointment = vi.fn();
    const booked = appointment({ clinicianId: 'd1', start: '2026-12-07T08:00:00Z', end: '2026-12-07T08:30:00Z' });
    const slot = { start: '2026-12-07T09:00:00Z', end: '2026-12-07T09:30:00Z' };
    renderScreen(
      <TimeGrid
        days={['2026-12-07']}
        clinicians={[doctor, nurse]}
        tz="Europe/Berlin"
        hours={hours}
        appointments={[booked]}
        free={new Map([[columnKey('2026-12-07', 'n1'), [slot]]])}
        moving={null}
        onSlot={onSlot}
        onAppointment={onAppointment}
      />,
    );
    const doctors = screen.getByRole('group', { name: /^doctor@hms\.test, Monday/ });
    const card = within(doctors).getByRole('button');
    expect(card.textContent).toBe('09:00–09:30 Grace Hopper P-000001 · Follow-up Scheduled');
    expect(card.style.top).toBe('calc(60 * var(--minute) + 1px)');
    const nurses = screen.getByRole('group', { name: /^nurse@hms\.test, Monday/ });
    fireEvent.click(within(nurses).getByRole('button', { name: '10:00 free' }));
    expect(onSlot).toHaveBeenCalledWith(nurse, '2026-12-07', slot);
    fireEvent.click(card);
    expect(onAppointment).toHaveBeenCalledWith(booked);
    // Rows run over the working hours: 08:00 to 12:00 on the hospital's clock.
    expect(screen.getByText('08:00')).toBeTruthy();
    expect(screen.getByText('11:00')).toBeTruthy();
    expect(screen.queryByText('12:00')).toBeNull();
  });

  it('says a cancelled appointment is cancelled, and why', () => {
    renderScreen(
      <TimeGrid
        days={['2026-12-07']}
        clinicians={[doctor]}
        tz="UTC"
        hours={hours}
        appointments={[appointment({ status: 'CANCELLED', cancellationReason: 'Patient called' })]}
        free={new Map()}
        moving={null}
        onSlot={() => undefined}
        onAppointment={() => undefined}
      />,
    );
    expect(screen.getByText('Cancelled: Patient called')).toBeTruthy();
  });
});
