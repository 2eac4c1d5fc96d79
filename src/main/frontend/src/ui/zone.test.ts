import { describe, expect, it } from 'vitest';
import { addDays, clock, instantAt, mondayOf, wallClock, weekday } from './zone';

describe("the hospital's clock", () => {
  it('reads an instant as the day and minute in the hospital, not in the browser', () => {
    expect(wallClock('2026-12-07T08:00:00Z', 'Europe/Berlin')).toEqual({ day: '2026-12-07', minutes: 540 });
    expect(wallClock('2026-12-07T23:30:00Z', 'Europe/Berlin')).toEqual({ day: '2026-12-08', minutes: 30 });
    expect(clock('2026-12-07T08:05:00Z', 'America/New_York')).toBe('03:05');
  });

  it("finds the instant of a day's minute, across a change to summer time", () => {
    expect(instantAt('2026-12-07', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(instantAt('2026-03-29', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(instantAt('2026-03-29', 0, 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(instantAt('2026-12-07', 0, 'UTC').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('counts days and starts weeks on Monday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(weekday('2026-12-07')).toBe('MONDAY');
  });
});
