// Dates and times as staff read them: in the browser's locale, on the hospital's clock (its time
// zone, as the schedule shows it, whatever the browser's zone is) and in 24-hour time, so that the
// queue, the patient's page and the schedule say the same time for the same appointment.

import { addDays, instantAt, wallClock } from './zone';

let hospitalZone: string | undefined;

/** The hospital's time zone, once known (HospitalClock sets it before any screen renders). */
export function showTimesIn(zone: string | undefined): void {
  hospitalZone = zone;
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

export function dateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: hospitalZone,
  });
}

export function time(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: hospitalZone,
  });
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
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
}
