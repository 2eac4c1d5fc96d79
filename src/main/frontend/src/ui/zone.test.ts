import { describe, expect, it } from 'vitest';
import { addDays, instantAt, wallClock, weekStartOf, weekday } from './zone';

describe("the hospital's clock", () => {
  it('reads an instant as the day and minute in the hospital, not in the browser', () => {
    expect(wallClock('2026-12-07T08:00:00Z', 'Europe/Berlin')).toEqual({ day: '2026-12-07', minutes: 540 });
    expect(wallClock('2026-12-07T23:30:00Z', 'Europe/Berlin')).toEqual({ day: '2026-12-08', minutes: 30 });
  });

  it("finds the instant of a day's minute, across a change to summer time", () => {
    expect(instantAt('2026-12-07', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(instantAt('2026-03-29', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(instantAt('2026-03-29', 0, 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(instantAt('2026-12-07', 0, 'UTC').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it("counts days and starts weeks on the hospital's first day (Monday unless it says otherwise)", () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekStartOf('2026-12-10')).toBe('2026-12-07');
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    // Thursday 10 December 2026: a Sunday week began on the 6th, a Saturday one on the 5th.
    expect(weekStartOf('2026-12-10', 'SUNDAY')).toBe('2026-12-06');
    expect(weekStartOf('2026-12-06', 'SUNDAY')).toBe('2026-12-06');
    expect(weekStartOf('2026-12-05', 'SUNDAY')).toBe('2026-11-29');
    expect(weekStartOf('2026-12-10', 'SATURDAY')).toBe('2026-12-05');
    expect(weekStartOf('2026-12-10', 'THURSDAY')).toBe('2026-12-10');
    expect(weekday('2026-12-07')).toBe('MONDAY');
  });
});
