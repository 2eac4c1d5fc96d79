import { afterEach, describe, expect, it } from 'vitest';
import { dateTime, hospitalDay, hospitalDayBounds, hospitalToday, showTimesIn, time } from './format';

describe('times on the hospital clock', () => {
  afterEach(() => showTimesIn(undefined));

  it("shows an instant in the hospital's zone, in 24-hour time, whatever the browser's zone", () => {
    showTimesIn('Asia/Tokyo');
    expect(time('2026-12-01T06:15:00Z')).toBe('15:15');
    expect(dateTime('2026-12-01T06:15:00Z')).toContain('15:15');
    showTimesIn('America/New_York');
    expect(time('2026-12-01T20:15:00Z')).toBe('15:15');
    expect(dateTime('2026-12-02T03:00:00Z')).toContain('22:00');
  });
});

describe("the hospital's today", () => {
  afterEach(() => showTimesIn(undefined));

  it("runs from the hospital's midnight to the next, not the browser's", () => {
    showTimesIn('Asia/Kathmandu');
    const { from, to } = hospitalToday();
    expect(from.endsWith('T18:15:00.000Z')).toBe(true);
    expect(Date.parse(to) - Date.parse(from)).toBe(24 * 3600_000);
    expect(Date.parse(from)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(to)).toBeGreaterThan(Date.now());
  });
});

describe("a day on the hospital's clock", () => {
  afterEach(() => showTimesIn(undefined));

  it("runs from the hospital's midnight, and an instant falls on the hospital's day", () => {
    showTimesIn('Asia/Kathmandu');
    expect(hospitalDayBounds('2026-12-01')).toEqual({
      from: '2026-11-30T18:15:00.000Z',
      to: '2026-12-01T18:15:00.000Z',
    });
    expect(hospitalDay('2026-11-30T18:30:00Z')).toBe('2026-12-01');
    expect(hospitalDay('2026-11-30T18:00:00Z')).toBe('2026-11-30');
  });
});
