import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  calendarDate,
  clock,
  dateTime,
  dayName,
  hospitalDay,
  hospitalDayBounds,
  hospitalToday,
  number,
  showTimesIn,
  time,
  timeOfDay,
  timeRange,
  timeSpan,
  zoneLabel,
} from './format';

// Node's Intl (full ICU) formats like the browsers'; the spaces some locales put before AM/PM or
// inside dates are narrow no-break spaces there, so they are compared as plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

// The reader's browser in a zone of the test's choosing (Node reads TZ again when it changes).
const readerZone = process.env.TZ;
function readerIn(zone: string) {
  process.env.TZ = zone;
}

describe('times on the hospital clock, in its locale', () => {
  beforeEach(() => readerIn('UTC'));
  afterEach(() => {
    showTimesIn(undefined);
    process.env.TZ = readerZone;
  });

  // 2026-12-01T14:05Z: 15:05 in Berlin, 09:05 in New York, 19:50 in Kathmandu (+05:45).
  const AT = '2026-12-01T14:05:00Z';

  it('writes 24-hour times for en-GB and de-DE, 12-hour for en-US, as the locale says', () => {
    showTimesIn('Europe/Berlin', 'en-GB');
    expect(plain(time(AT))).toBe('15:05 CET');
    showTimesIn('Europe/Berlin', 'de-DE');
    expect(plain(time(AT))).toBe('15:05 MEZ');
    showTimesIn('Europe/Berlin', 'en-US');
    expect(plain(time(AT))).toBe('3:05 PM GMT+1');
  });

  it("shows the hospital's zone, not the browser's: New York, Kathmandu's quarter hour", () => {
    showTimesIn('America/New_York', 'en-US');
    expect(plain(dateTime(AT))).toBe('Dec 1, 2026, 9:05 AM EST');
    showTimesIn('Asia/Kathmandu', 'en-GB');
    expect(plain(dateTime(AT))).toBe('1 Dec 2026, 19:50 GMT+5:45');
    showTimesIn('Asia/Kathmandu', 'de-DE');
    expect(plain(dateTime(AT))).toBe('01.12.2026, 19:50 GMT+5:45');
  });

  it('labels the zone only when the reader is elsewhere', () => {
    showTimesIn('Europe/Berlin', 'en-GB');
    readerIn('Europe/Berlin');
    expect(time(AT)).toBe('15:05');
    readerIn('Europe/Paris'); // another name, the same clock: nothing to misread
    expect(time(AT)).toBe('15:05');
    readerIn('America/New_York');
    expect(plain(time(AT))).toBe('15:05 CET');
    expect(zoneLabel(AT, 'America/New_York')).toBe('');
  });

  it('follows the change to summer time on the day it happens (Berlin, 29 March 2026)', () => {
    showTimesIn('Europe/Berlin', 'en-GB');
    expect(plain(time('2026-03-29T00:30:00Z'))).toBe('01:30 CET');
    expect(plain(time('2026-03-29T01:30:00Z'))).toBe('03:30 CEST');
    showTimesIn('Europe/Berlin', 'en-US');
    expect(plain(time('2026-03-29T01:30:00Z'))).toBe('3:30 AM GMT+2');
    // New York changed three weeks earlier: on Berlin's day its offset is already -4.
    showTimesIn('America/New_York', 'en-US');
    expect(plain(dateTime('2026-03-29T01:30:00Z'))).toBe('Mar 28, 2026, 9:30 PM EDT');
  });

  it("spans an appointment in the hospital's words and clock, with its zone once", () => {
    showTimesIn('Asia/Kathmandu', 'en-US');
    expect(plain(timeSpan('2026-12-07T03:15:00Z', '2026-12-07T03:45:00Z', 'Asia/Kathmandu'))).toBe(
      'Monday, December 7, 2026, 9:00 AM–9:30 AM GMT+5:45 (30 minutes)',
    );
    showTimesIn('Asia/Kathmandu', 'en-GB');
    expect(plain(timeSpan('2026-12-07T03:15:00Z', '2026-12-07T03:45:00Z', 'Asia/Kathmandu'))).toBe(
      'Monday, 7 December 2026, 09:00–09:30 GMT+5:45 (30 minutes)',
    );
    readerIn('Asia/Kathmandu');
    expect(plain(clock('2026-12-07T03:15:00Z', 'Asia/Kathmandu'))).toBe('09:00');
    expect(plain(timeSpan('2026-12-07T03:15:00Z', '2026-12-07T03:45:00Z', 'Asia/Kathmandu'))).toBe(
      'Monday, 7 December 2026, 09:00–09:30 (30 minutes)',
    );
  });

  it('writes a range of times with the zone once, as the dashboards and the schedule say it', () => {
    showTimesIn('Asia/Kathmandu', 'en-US');
    // 10:00-10:40 in Kathmandu (+05:45).
    expect(plain(timeRange('2026-12-07T04:15:00Z', '2026-12-07T04:55:00Z'))).toBe('10:00 AM–10:40 AM GMT+5:45');
    expect(plain(timeSpan('2026-12-07T04:15:00Z', '2026-12-07T04:55:00Z', 'Asia/Kathmandu'))).toContain(
      '10:00 AM–10:40 AM GMT+5:45 (40 minutes)',
    );
    readerIn('Asia/Kathmandu');
    expect(plain(timeRange('2026-12-07T04:15:00Z', '2026-12-07T04:55:00Z'))).toBe('10:00 AM–10:40 AM');
  });

  it('counts one minute in the singular', () => {
    showTimesIn('UTC', 'en-GB');
    expect(timeSpan('2026-12-07T04:15:00Z', '2026-12-07T04:16:00Z', 'UTC')).toContain('(1 minute)');
  });

  it('writes days, hours of the grid and numbers in the locale', () => {
    showTimesIn('UTC', 'de-DE');
    expect(dayName('2026-12-07')).toBe('Montag, 7. Dezember 2026');
    expect(dayName('2026-12-07', 'short')).toBe('Mo., 7. Dez.');
    expect(calendarDate('1990-04-30')).toBe('30.04.1990');
    expect(number(37.55)).toBe('37,6');
    expect(number(1234.5)).toBe('1.234,5');
    expect(timeOfDay(13 * 60)).toBe('13:00');
    showTimesIn('UTC', 'en-US');
    expect(calendarDate('1990-04-30')).toBe('Apr 30, 1990');
    expect(number(1234.5)).toBe('1,234.5');
    expect(plain(timeOfDay(13 * 60))).toBe('1:00 PM');
    showTimesIn('UTC', 'en-GB');
    expect(dayName('2026-12-07')).toBe('Monday, 7 December 2026');
    expect(calendarDate('1990-04-30')).toBe('30 Apr 1990');
  });

  it('never shifts a calendar date by the zone (a date of birth is a day, not an instant)', () => {
    showTimesIn('Pacific/Kiritimati', 'en-GB');
    readerIn('Pacific/Pago_Pago');
    expect(calendarDate('1990-04-30')).toBe('30 Apr 1990');
  });

  it("falls back to the browser's locale for one it does not know", () => {
    showTimesIn('UTC', 'qq-ZZ');
    expect(number(1.5)).toBe(new Intl.NumberFormat().format(1.5));
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
