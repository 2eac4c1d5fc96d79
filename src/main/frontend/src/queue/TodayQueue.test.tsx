import { act, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { appointment } from '@/testing/appointments';
import { Theme } from '@radix-ui/themes';
import { TodayQueue } from './TodayQueue';
import { useNow } from './useNow';

const arrived = '2030-01-07T08:00:00Z';
const waiting = appointment({ id: 'w', patientName: 'Ada Lovelace', status: 'CHECKED_IN', checkedInAt: arrived });

function queue(now: Date, clinician = false) {
  return (
    <TodayQueue
      appointments={[waiting]}
      now={now}
      clinician={clinician}
      label="Waiting now"
      empty="No one is waiting."
      onChanged={() => undefined}
      onProblem={() => undefined}
    />
  );
}

describe("today's queue", () => {
  afterEach(() => vi.useRealTimers());

  it('moves the waiting time on with the clock, and tells the desk whom the patient waits for', () => {
    const { rerender } = renderScreen(queue(new Date('2030-01-07T08:04:10Z')));
    const item = within(screen.getByRole('list', { name: 'Waiting now' })).getByRole('listitem');
    expect(item.textContent).toContain('Ada Lovelace');
    expect(item.textContent).toContain('Waiting 4 min');
    expect(item.textContent).toContain('Waits for doctor@hms.test');
    expect(within(item).queryByRole('button', { name: 'Start' })).toBeNull();
    rerender(<Theme>{queue(new Date('2030-01-07T08:05:10Z'))}</Theme>);
    expect(item.textContent).toContain('Waiting 5 min');
  });

  it('offers a clinician the next step, Start', () => {
    renderScreen(queue(new Date('2030-01-07T08:04:10Z'), true));
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(screen.queryByText(/Waits for/)).toBeNull();
  });

  it('says so when no one is waiting', () => {
    renderScreen(
      <TodayQueue
        appointments={[appointment({ status: 'CONFIRMED' })]}
        now={new Date()}
        clinician={false}
        label="Waiting now"
        empty="No one is waiting."
        onChanged={() => undefined}
        onProblem={() => undefined}
      />,
    );
    expect(screen.getByText('No one is waiting.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renews the time every minute', () => {
    vi.useFakeTimers({ now: new Date('2030-01-07T08:00:00Z') });
    const { result } = renderHook(() => useNow());
    expect(result.current.toISOString()).toBe('2030-01-07T08:00:00.000Z');
    act(() => vi.advanceTimersByTime(59_000));
    expect(result.current.toISOString()).toBe('2030-01-07T08:00:00.000Z');
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current.toISOString()).toBe('2030-01-07T08:01:00.000Z');
  });
});
