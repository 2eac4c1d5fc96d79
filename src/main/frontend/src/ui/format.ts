// Dates, times and numbers as staff read them: in the hospital's locale (settings: en-GB writes
// 24-hour times, en-US 12-hour, as the locale says) and on the hospital's clock (its time zone,
// whatever the browser's zone is), so that the queue, the patient's page and the schedule say the
// same time for the same appointment. Where the browser's zone is another, a time carries the
// zone's short name (GMT+5:45, CET), so nobody reads it as their own. Every screen formats here.

import { text } from '@/i18n/text';
import { addDays, instantAt, wallClock } from './zone';

let hospitalZone: string | undefined;
let hospitalLocale: string | undefined;

/**
 * The hospital's time zone and locale, once known (HospitalClock sets them before any screen
 * renders; until then, and for a locale the browser does not know, the browser's own).
 */
export function showTimesIn(zone: string | undefined, locale?: string): void {
  hospitalZone = zone;
  hospitalLocale = locale && Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : undefined;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${hospitalLocale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(hospitalLocale, options);
    cache.set(key, f);
  }
  return f;
}
/** Today on the hospital's clock, from its midnight to the next (the browser's day until its zone is known). */
export function hospitalToday(): { from: string; to: string } {
  if (!hospitalZone) return dayBounds(isoDate(new Date()));
  const today = wallClock(new Date(), hospitalZone).day;
  return {
    from: instantAt(today, 0, hospitalZone).toISOString(),
    to: instantAt(addDays(today, 1), 0, hospitalZone).toISOString(),
  };
}

/** A day (YYYY-MM-DD) on the hospital's clock, from its midnight to the next, as ISO instants. */
export function hospitalDayBounds(day: string): { from: string; to: string } {
  if (!hospitalZone) return dayBounds(day);
  return {
    from: instantAt(day, 0, hospitalZone).toISOString(),
    to: instantAt(addDays(day, 1), 0, hospitalZone).toISOString(),
  };
}

/** The day (YYYY-MM-DD) an instant falls on, on the hospital's clock. */
export function hospitalDay(iso: string): string {
  return hospitalZone ? wallClock(iso, hospitalZone).day : isoDate(new Date(iso));
}

/** Minutes the zone's clock is ahead of UTC at the instant (Kathmandu: 345). */
function offsetIn(at: Date, zone: string): number {
  const w = wallClock(at, zone);
  return (Date.parse(`${w.day}T00:00:00Z`) + w.minutes * 60_000 - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000;
}

/**
 * The zone's short name at that instant (" GMT+5:45", " CET"), with a leading space, when the
 * reader's own clock reads otherwise then (another offset: a browser in UTC reading a Berlin
 * hospital); nothing when both clocks read the same, whatever the zones are called.
 */
export function zoneLabel(instant: string | Date, zone: string | undefined = hospitalZone): string {
  if (!zone) return '';
  const at = new Date(instant);
  if (offsetIn(at, zone) === -at.getTimezoneOffset()) return '';
  const name = formatter({ timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? ` ${name}` : '';
}

/** "1 Dec 2026, 15:15" (en-GB) or "Dec 1, 2026, 3:15 PM" (en-US), on the hospital's clock. */
export function dateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  return (
    formatter({ dateStyle: 'medium', timeStyle: 'short', timeZone: hospitalZone }).format(new Date(iso)) +
    zoneLabel(iso)
  );
}

/** "15:15" or "3:15 PM": an instant's time of day on the hospital's clock. */
export function time(iso: string): string {
  return clock(iso, hospitalZone) + zoneLabel(iso);
}

/** An instant's time of day in the zone given, without a zone label (a grid labels its zone once). */
export function clock(instant: string | Date, tz: string | undefined): string {
  return formatter({ timeStyle: 'short', timeZone: tz }).format(new Date(instant));
}

/** "09:00" or "9:00 AM": a time of day given as minutes after midnight (the grid's hour marks). */
export function timeOfDay(minutes: number): string {
  return formatter({ timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1) + minutes * 60_000));
}

/** "Monday 7 December 2026" in the hospital's language (long), or "Mon 7 Dec" (short). */
export function dayName(day: string, style: 'long' | 'short' = 'long'): string {
  return formatter({
    timeZone: 'UTC',
    weekday: style,
    day: 'numeric',
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * "09:00–09:30", "10:00 AM–10:40 AM GMT+5:45": from one instant to another on the hospital's clock,
 * the zone named once (after the end) when the reader's clock reads otherwise. Every range of times
 * is written here: the dashboards', the schedule's.
 */
export function timeRange(start: string, end: string, tz: string | undefined = hospitalZone): string {
  return `${clock(start, tz)}–${clock(end, tz)}${zoneLabel(start, tz)}`;
}

/** "Monday 7 December 2026, 09:00–09:30 (30 minutes)": when an appointment is, on the hospital's clock. */
export function timeSpan(start: string, end: string, tz: string): string {
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return `${dayName(wallClock(start, tz).day)}, ${timeRange(start, end, tz)} (${text.common.minutes(minutes)})`;
}

/**
 * How an instant will read in a locale and zone not yet saved (the settings' preview): a full date
 * and short time, and a number with decimals, as format.ts will show them once saved.
 */
export function preview(at: Date, locale: string, zone: string): string {
  try {
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(at);
    return `${when} · ${new Intl.NumberFormat(locale).format(1234.5)}`;
  } catch {
    // A zone being typed (Europe/Ber) is no zone yet: the date alone, in the browser's zone.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(at);
  }
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A measurement's number in the hospital's locale ("37.5", "37,5"), at most `digits` decimals. */
export function number(n: number, digits = 1): string {
  const key = `${hospitalLocale ?? ''}|${digits}`;
  let f = numbers.get(key);
  if (!f) {
    f = new Intl.NumberFormat(hospitalLocale, { maximumFractionDigits: digits });
    numbers.set(key, f);
  }
  return f.format(n);
}

export function isoDate(d: Date): string {
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

/** Local midnight of the day, and of the day after, as ISO instants with offset. */
export function dayBounds(day: string, days = 1): { from: string; to: string } {
  const start = new Date(`${day}T00:00:00`);
  const end = new Date(start);
  end.setDate(end.getDate() + days);
  return { from: start.toISOString(), to: end.toISOString() };
}

export function param(name: string): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);
}

/** The day if it is a real calendar day written YYYY-MM-DD (as links and the date field write it), else null. */
export function validDay(text: string | null): string | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const noon = new Date(`${text}T12:00:00`);
  return !Number.isNaN(noon.getTime()) && isoDate(noon) === text ? text : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the text is an id at all (a UUID). */
export function isId(text: string | null | undefined): text is string {
  return !!text && UUID.test(text);
}

/** The address's id parameter if it is an id at all (a UUID), else null: no request for "?id=nonsense". */
export function idParam(name: string): string | null {
  const value = param(name);
  return isId(value) ? value : null;
}

/** A calendar date (YYYY-MM-DD, e.g. a date of birth) as staff read it; never shifted by the zone. */
export function calendarDate(day: string | undefined | null): string {
  if (!day) return '';
  return formatter({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
