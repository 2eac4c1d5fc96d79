import { describe, expect, it } from 'vitest';
import { appointment } from '@/testing/appointments';
import { appointmentsByColumn, columnKey, gridHours, placeDay, shownDays, type Entry } from './timeGrid';

const BERLIN = 'Europe/Berlin';

describe('the time grid', () => {
  it('shows a day, or the Monday-to-Sunday week the day is in', () => {
    expect(shownDays('2026-12-10', 'day')).toEqual(['2026-12-10']);
    const week = shownDays('2026-12-10', 'week');
    expect(week).toHaveLength(7);
    expect(week[0]).toBe('2026-12-07');
    expect(week[6]).toBe('2026-12-13');
  });

  it("starts the week on the hospital's first day", () => {
    const sunday = shownDays('2026-12-10', 'week', 'SUNDAY');
    expect(sunday[0]).toBe('2026-12-06');
    expect(sunday[6]).toBe('2026-12-12');
    expect(shownDays('2026-12-12', 'week', 'SATURDAY')[0]).toBe('2026-12-12');
    expect(shownDays('2026-12-10', 'day', 'SUNDAY')).toEqual(['2026-12-10']);
  });

  it("puts an appointment in its clinician's column of the day, at its minutes on the hospital's clock", () => {
    const a = appointment({ start: '2026-12-07T08:00:00Z', end: '2026-12-07T08:30:00Z' });
    const late = appointment({
      id: 'a2',
      clinicianId: 'd2',
      start: '2026-12-07T23:15:00Z',
      end: '2026-12-07T23:45:00Z',
    });
    const columns = appointmentsByColumn([a, late], BERLIN);
    expect(columns.get(columnKey('2026-12-07', 'd1'))).toEqual([a]);
    // 00:15 in Berlin: the next day's column, not the day it is in UTC.
    expect(columns.get(columnKey('2026-12-08', 'd2'))).toEqual([late]);
    const [placed] = placeDay([{ kind: 'appointment', appointment: a }], '2026-12-07', BERLIN);
    expect(placed).toMatchObject({ start: 9 * 60, end: 9 * 60 + 30, lane: 0, lanes: 1 });
  });

  it('sets a free slot where a cancelled appointment was beside it, and slots that only touch one above the other', () => {
    const cancelled: Entry = {
      kind: 'appointment',
      appointment: appointment({ status: 'CANCELLED', start: '2026-12-07T09:00:00Z', end: '2026-12-07T09:30:00Z' }),
    };
    const same: Entry = { kind: 'free', slot: { start: '2026-12-07T09:00:00Z', end: '2026-12-07T09:30:00Z' } };
    const next: Entry = { kind: 'free', slot: { start: '2026-12-07T09:30:00Z', end: '2026-12-07T10:00:00Z' } };
    const placed = placeDay([next, same, cancelled], '2026-12-07', 'UTC');
    expect(placed.map((p) => [p.entry, p.start, p.lane, p.lanes])).toEqual([
      [cancelled, 540, 0, 2],
      [same, 540, 1, 2],
      [next, 570, 0, 1],
    ]);
  });

  it('runs over the working hours of the shown days, widened in whole hours to hold every appointment', () => {
    const hours = [
      { day: 'MONDAY' as const, opens: '08:30', closes: '12:00' },
      { day: 'MONDAY' as const, opens: '13:00', closes: '16:45' },
      { day: 'TUESDAY' as const, opens: '07:00', closes: '20:00' },
    ];
    expect(gridHours(['2026-12-07'], hours, [])).toEqual({ from: 8 * 60, to: 17 * 60 });
    const evening = placeDay(
      [
        {
          kind: 'appointment',
          appointment: appointment({ start: '2026-12-07T18:30:00Z', end: '2026-12-07T19:00:00Z' }),
        },
      ],
      '2026-12-07',
      'UTC',
    );
    expect(gridHours(['2026-12-07'], hours, evening)).toEqual({ from: 8 * 60, to: 19 * 60 });
    // A day the hospital is closed with nothing booked: office hours.
    expect(gridHours(['2026-12-13'], hours, [])).toEqual({ from: 8 * 60, to: 18 * 60 });
  });
});
